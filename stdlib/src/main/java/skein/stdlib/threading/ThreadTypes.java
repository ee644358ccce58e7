package skein.stdlib.threading;

import skein.interpreter.modules.ModuleBuilder;

/** {@code threading.Thread} and what goes with threads: current_thread, enumerate, local, Timer, excepthook. */
final class ThreadTypes {

    private ThreadTypes() {
    }

    static void define(ModuleBuilder m) {
    }
}
