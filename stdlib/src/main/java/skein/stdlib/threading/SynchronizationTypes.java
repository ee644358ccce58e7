package skein.stdlib.threading;

import skein.interpreter.modules.ModuleBuilder;
import skein.interpreter.objects.PythonClass;

/** {@code Condition}, {@code Semaphore}, {@code BoundedSemaphore}, {@code Event}, {@code Barrier}. */
final class SynchronizationTypes {

    private SynchronizationTypes() {
    }

    static void define(ModuleBuilder m) {
        PythonClass condition = ConditionType.define(m);
        SemaphoreTypes.define(m);
        EventType.define(m);
        BarrierType.define(m, condition);
    }
}
