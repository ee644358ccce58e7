package skein.stdlib.futures;

import skein.interpreter.SkeinContext;
import skein.interpreter.modules.ModuleBuilder;
import skein.interpreter.modules.NativeModule;
import skein.interpreter.objects.PBuiltinFunction;
import skein.interpreter.objects.PModule;
import skein.interpreter.objects.PNone;
import skein.interpreter.objects.PythonClass;
import skein.interpreter.runtime.Attributes;
import skein.interpreter.runtime.Calls;
import skein.stdlib.PythonLikeClasses;
import skein.stdlib.queue.SimpleQueue;

/**
 * {@code concurrent.futures.thread}, in Java: {@code ThreadPoolExecutor}, {@code BrokenThreadPool},
 * the worker function, and {@code _python_exit}, which the module hands to
 * {@code threading._register_atexit} on import so that idle workers end and are joined when the
 * program ends, as in CPython 3.11 (the workers are not daemon threads).
 */
public final class ThreadPoolModule implements NativeModule {

    static final String NAME = "concurrent.futures.thread";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void define(ModuleBuilder m) {
        FutureClasses futures = FutureClasses.of(m);
        PythonClass broken = PythonLikeClasses.define(m, "BrokenThreadPool", null, futures.brokenExecutor());
        PythonClass workItem = ExecutorTypes.defineWorkItem(m, futures);
        PythonClass lockType = (PythonClass) m.memberOf("_thread", "LockType");
        PBuiltinFunction worker = m.function("_worker(executor_reference, work_queue, initializer, initargs)", a -> {
            Worker.run((ThreadPool) a[0], (SimpleQueue) a[1], a[2], a[3]);
            return PNone.NONE;
        }).wordErrorsAsPython();
        ThreadPoolClasses classes = new ThreadPoolClasses(futures, broken, workItem,
                (PythonClass) m.memberOf("_queue", "SimpleQueue"), lockType, worker);
        ExecutorTypes.defineThreadPoolExecutor(m, (PythonClass) m.memberOf(BaseModule.NAME, "Executor"), classes);
        m.function("_python_exit()", a -> {
            SkeinContext context = SkeinContext.get(null);
            ThreadPoolProcess.of(context, lockType).exit(context.clock());
            return PNone.NONE;
        }).wordErrorsAsPython();
    }

    @Override
    public void initialize(PModule module, SkeinContext context) {
        Object threading = context.importSystem().importAbsolute("threading");
        Calls.call(Attributes.get(threading, "_register_atexit"), module.globals().getItem("_python_exit"));
    }
}
