package skein.stdlib.threading;

import skein.interpreter.SkeinContext;
import skein.interpreter.modules.ModuleBuilder;
import skein.interpreter.modules.NativeModule;
import skein.interpreter.objects.PModule;
import skein.interpreter.objects.PythonClass;
import skein.stdlib.thread.LockArguments;
import skein.stdlib.thread.RLock;

/**
 * The {@code threading} module, in Java: its lock factories hand out {@code _thread}'s lock
 * types, the same objects as in {@code _thread}.
 */
public final class ThreadingModule implements NativeModule {

    @Override
    public String name() {
        return "threading";
    }

    @Override
    public void define(ModuleBuilder m) {
        m.constant("Lock", m.memberOf("_thread", "allocate_lock"));
        PythonClass rlock = (PythonClass) m.memberOf("_thread", "RLock");
        m.function("RLock(*args, **kwargs)", a -> new RLock(rlock));
        m.constant("TIMEOUT_MAX", LockArguments.TIMEOUT_MAX);
        m.constant("ThreadError", m.memberOf("_thread", "error"));
        SynchronizationTypes.define(m);
        ThreadTypes.define(m);
    }

    @Override
    public void initialize(PModule module, SkeinContext context) {
        ThreadTypes.initialize(module, context);
    }
}
