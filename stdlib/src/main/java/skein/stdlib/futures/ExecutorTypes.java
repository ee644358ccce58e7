package skein.stdlib.futures;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import skein.interpreter.SkeinContext;
import skein.interpreter.builtins.BuiltinDefiner;
import skein.interpreter.modules.ModuleBuilder;
import skein.interpreter.objects.PDict;
import skein.interpreter.objects.PNone;
import skein.interpreter.objects.PSet;
import skein.interpreter.objects.PTuple;
import skein.interpreter.objects.PythonClass;
import skein.interpreter.objects.PythonObject;
import skein.interpreter.runtime.Attributes;
import skein.interpreter.runtime.Calls;
import skein.interpreter.runtime.Iteration;
import skein.interpreter.runtime.Truthiness;
import skein.interpreter.runtime.exception.PythonErrors;
import skein.stdlib.PythonLikeClasses;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code Executor}, the base class of executors ({@code map}, the with-block, a {@code submit}
 * left to subclasses), and {@code ThreadPoolExecutor} with its {@code _WorkItem}. Both are
 * Python classes in CPython: a subclass may override any method, so {@code map} and
 * {@code __exit__} call {@code submit} and {@code shutdown} as methods.
 */
final class ExecutorTypes {

    private ExecutorTypes() {
    }

    /** {@code Executor}, in {@code concurrent.futures._base}. */
    static PythonClass defineExecutor(ModuleBuilder m, FutureClasses classes, PythonClass mapResultsType) {
        BuiltinDefiner d = m.definer();
        PythonClass executor = PythonLikeClasses.define(m, "Executor", PythonObject::new);
        d.method(executor, "submit(self, fn, /, *args, **kwargs)", a -> {
            throw PythonErrors.createWithArgs(m.types().notImplementedError);
        });
        d.method(executor, "map(self, fn, *iterables, timeout=None, chunksize=1)",
                a -> map(a[0], a[1], (PTuple) a[2], a[3], mapResultsType, classes));
        d.method(executor, "shutdown(self, wait=True, *, cancel_futures=False)", a -> PNone.NONE);
        d.method(executor, "__enter__(self)", a -> a[0]);
        d.method(executor, "__exit__(self, exc_type, exc_val, exc_tb)", a -> {
            Calls.callWithKeywords(Attributes.get(a[0], "shutdown"), new Object[0], new String[]{"wait"},
                    new Object[]{Boolean.TRUE});
            return Boolean.FALSE;
        });
        PythonLikeClasses.wordErrorsAsPython(executor);
        return executor;
    }

    /**
     * {@code map(fn, *iterables, timeout)}: every call submitted now, as {@code zip} pairs the
     * arguments; the results come from a generator made by the module's {@code _result_iterator}.
     */
    @TruffleBoundary
    private static Object map(Object self, Object fn, PTuple iterables, Object timeout, PythonClass mapResultsType,
                              FutureClasses classes) {
        SkeinContext context = SkeinContext.get(null);
        Object end = timeout == PNone.NONE ? null : WaitFunctions.end(context.clock(), timeout);
        Object[] iterators = new Object[iterables.size()];
        for (int i = 0; i < iterators.length; i++) {
            iterators[i] = Iteration.getIterator(iterables.get(i));
        }
        List<Object> futures = new ArrayList<>();
        Object submit = Attributes.get(self, "submit");
        while (iterators.length > 0) {
            Object[] args = new Object[iterators.length + 1];
            args[0] = fn;
            for (int i = 0; i < iterators.length; i++) {
                Object item = Iteration.next(iterators[i]);
                if (item == null) {
                    return results(context, mapResultsType, classes, end, futures);
                }
                args[i + 1] = item;
            }
            futures.add(Calls.call(submit, args));
        }
        return results(context, mapResultsType, classes, end, futures);
    }

    private static Object results(SkeinContext context, PythonClass mapResultsType, FutureClasses classes, Object end,
                                  List<Object> futures) {
        MapResults results = new MapResults(mapResultsType, classes, context.clock(), end, futures);
        Object generator = Attributes.get(context.importSystem().importAbsolute(BaseModule.NAME), "_result_iterator");
        return Calls.call(generator, results);
    }

    /** {@code ThreadPoolExecutor}, in {@code concurrent.futures.thread}. */
    static void defineThreadPoolExecutor(ModuleBuilder m, PythonClass executor, ThreadPoolClasses classes) {
        BuiltinDefiner d = m.definer();
        PythonClass pool = PythonLikeClasses.define(m, "ThreadPoolExecutor", cls -> new ThreadPool(cls, classes),
                executor);
        d.method(pool, "__init__(self, max_workers=None, thread_name_prefix='', initializer=None, initargs=())", a -> {
            ((ThreadPool) a[0]).initialize(SkeinContext.get(null), a[1], a[2], a[3], a[4]);
            return PNone.NONE;
        });
        d.method(pool, "submit(self, fn, /, *args, **kwargs)",
                a -> ((ThreadPool) a[0]).submit(a[1], (PTuple) a[2], (PDict) a[3]));
        d.method(pool, "shutdown(self, wait=True, *, cancel_futures=False)", a -> {
            ((ThreadPool) a[0]).shutdown(Truthiness.isTrue(a[1]), Truthiness.isTrue(a[2]));
            return PNone.NONE;
        });
        PythonLikeClasses.wordErrorsAsPython(pool);
        d.getter(pool, "_max_workers", self -> ((ThreadPool) self).settings().maxWorkers());
        d.getter(pool, "_thread_name_prefix", self -> ((ThreadPool) self).settings().namePrefix());
        d.getter(pool, "_initializer", self -> ((ThreadPool) self).settings().initializer());
        d.getter(pool, "_initargs", self -> ((ThreadPool) self).settings().initargs());
        d.getter(pool, "_work_queue", self -> ((ThreadPool) self).settings().workQueue());
        d.getter(pool, "_shutdown_lock", self -> ((ThreadPool) self).settings().shutdownLock());
        d.getter(pool, "_shutdown", self -> ((ThreadPool) self).isShutdown());
        d.getter(pool, "_broken", self -> {
            String broken = ((ThreadPool) self).broken();
            return broken == null ? (Object) Boolean.FALSE : broken;
        });
        d.getter(pool, "_threads", self -> {
            PSet threads = new PSet(m.types().setType);
            for (Object thread : ((ThreadPool) self).threads()) {
                threads.addKey(thread);
            }
            return threads;
        });
    }

    /** {@code _WorkItem}: what the work queue holds, with {@code run()} as a worker calls it. */
    static PythonClass defineWorkItem(ModuleBuilder m, FutureClasses classes) {
        BuiltinDefiner d = m.definer();
        PythonClass item = m.types().define("_WorkItem", null, false);
        item.getNamespace().setItem("__module__", m.moduleName());
        m.constant("_WorkItem", item);
        d.method(item, "run(self)", a -> {
            ((WorkItem) a[0]).run(classes, () -> { });
            return PNone.NONE;
        });
        PythonLikeClasses.wordErrorsAsPython(item);
        d.getter(item, "future", self -> ((WorkItem) self).future);
        d.getter(item, "fn", self -> ((WorkItem) self).fn);
        d.getter(item, "args", self -> ((WorkItem) self).args);
        d.getter(item, "kwargs", self -> ((WorkItem) self).kwargs);
        return item;
    }
}
