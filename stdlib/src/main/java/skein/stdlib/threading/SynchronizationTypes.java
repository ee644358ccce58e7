package skein.stdlib.threading;

import skein.interpreter.modules.ModuleBuilder;

/** {@code Condition}, {@code Semaphore}, {@code BoundedSemaphore}, {@code Event}, {@code Barrier}. */
final class SynchronizationTypes {

    private SynchronizationTypes() {
    }

    static void define(ModuleBuilder m) {
    }
}
