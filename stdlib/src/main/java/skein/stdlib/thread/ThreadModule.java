package skein.stdlib.thread;

import skein.interpreter.modules.ModuleBuilder;
import skein.interpreter.modules.NativeModule;

/**
 * The {@code _thread} module: the lock types, the low-level thread functions, thread-local
 * data and the default exception hook that {@code threading} builds on.
 */
public final class ThreadModule implements NativeModule {

    @Override
    public String name() {
        return "_thread";
    }

    @Override
    public void define(ModuleBuilder m) {
        LockTypes.define(m);
        ThreadFunctions.define(m);
        LocalType.define(m);
        ExceptHook.define(m);
        m.constant("TIMEOUT_MAX", LockArguments.TIMEOUT_MAX);
        m.constant("error", m.types().runtimeError);
    }
}
