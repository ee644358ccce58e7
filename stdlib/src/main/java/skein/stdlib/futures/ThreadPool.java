package skein.stdlib.futures;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import skein.interpreter.SkeinContext;
import skein.interpreter.objects.PDict;
import skein.interpreter.objects.PNone;
import skein.interpreter.objects.PTuple;
import skein.interpreter.objects.PythonClass;
import skein.interpreter.objects.PythonObject;
import skein.interpreter.runtime.Attributes;
import skein.interpreter.runtime.Calls;
import skein.interpreter.runtime.Comparisons;
import skein.interpreter.runtime.Reprs;
import skein.interpreter.runtime.Truthiness;
import skein.interpreter.runtime.TypeOf;
import skein.interpreter.runtime.clock.Clock;
import skein.interpreter.runtime.exception.PException;
import skein.interpreter.runtime.exception.PythonErrors;
import skein.stdlib.queue.SimpleQueue;
import skein.stdlib.thread.Lock;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A {@code ThreadPoolExecutor} (or an instance of a Python subclass): a work queue, the worker
 * threads taking work from it (started one per submission while fewer than
 * {@code max_workers} exist and none is idle, named {@code PREFIX_N}), and the shutdown and
 * broken states. Submission and shutdown hold the executor's {@code _shutdown_lock}, a
 * {@code _thread.lock} whose waits go through the clock, as CPython holds it.
 */
final class ThreadPool extends PythonObject {

    static final String BROKEN_MESSAGE = "A thread initializer failed, the thread pool is not usable anymore";

    private final ThreadPoolClasses classes;
    /** Made by {@code __init__}; null before (a subclass may not call it). */
    private volatile Settings settings;
    private volatile String broken;
    private volatile boolean shutdown;
    /**
     * {@code _idle_semaphore}: released by a worker after each work item, taken by a submission
     * that then starts no thread; it counts as CPython's does, so threads start as there.
     */
    private final AtomicInteger idle = new AtomicInteger();
    private final List<Object> threads = new CopyOnWriteArrayList<>();

    /** What {@code __init__} fixes: the arguments as checked, the queue, the lock. */
    record Settings(Object maxWorkers, String namePrefix, Object initializer, Object initargs, SimpleQueue workQueue,
                    Lock shutdownLock) {
    }

    ThreadPool(PythonClass cls, ThreadPoolClasses classes) {
        super(cls);
        this.classes = classes;
    }

    ThreadPoolClasses classes() {
        return classes;
    }

    /** {@code __init__(max_workers, thread_name_prefix, initializer, initargs)}, checked as CPython checks them. */
    @TruffleBoundary
    void initialize(SkeinContext context, Object maxWorkers, Object namePrefix, Object initializer, Object initargs) {
        Object workers = maxWorkers == PNone.NONE
                ? (Object) Math.min(32L, Runtime.getRuntime().availableProcessors() + 4L) : maxWorkers;
        if (Comparisons.test(workers, 0L, Comparisons.Op.LE)) {
            throw PythonErrors.valueError("max_workers must be greater than 0");
        }
        if (initializer != PNone.NONE && !Calls.isCallable(initializer)) {
            throw PythonErrors.typeError("initializer must be a callable");
        }
        ThreadPoolProcess process = ThreadPoolProcess.of(context, classes.lockType());
        String prefix = Truthiness.isTrue(namePrefix) ? Reprs.str(namePrefix)
                : "ThreadPoolExecutor-" + process.nextExecutorNumber();
        settings = new Settings(workers, prefix, initializer, initargs, new SimpleQueue(classes.simpleQueueType()),
                new Lock(classes.lockType()));
    }

    /** The settings; an executor whose {@code __init__} never ran fails as CPython's does on its missing attribute. */
    Settings settings() {
        Settings s = settings;
        if (s == null) {
            throw PythonErrors.attributeError("'" + TypeOf.name(this) + "' object has no attribute '_shutdown_lock'",
                    this, "_shutdown_lock");
        }
        return s;
    }

    boolean isShutdown() {
        return shutdown;
    }

    void markShutdown() {
        shutdown = true;
    }

    String broken() {
        return broken;
    }

    List<Object> threads() {
        return threads;
    }

    /** {@code submit(fn, *args, **kwargs)}: queues the call and starts a worker if none is idle. */
    @TruffleBoundary
    PFuture submit(Object fn, PTuple args, PDict kwargs) {
        Settings s = settings();
        SkeinContext context = SkeinContext.get(null);
        Clock clock = context.clock();
        ThreadPoolProcess process = ThreadPoolProcess.of(context, classes.lockType());
        s.shutdownLock().acquire(clock, -1);
        try {
            process.globalShutdownLock().acquire(clock, -1);
            try {
                if (broken != null) {
                    throw PythonErrors.createWithArgs(classes.brokenThreadPool(), broken);
                }
                if (shutdown) {
                    throw PythonErrors.runtimeError("cannot schedule new futures after shutdown");
                }
                if (process.isShutdown()) {
                    throw PythonErrors.runtimeError("cannot schedule new futures after interpreter shutdown");
                }
                PFuture future = new PFuture(classes.futures().future());
                s.workQueue().put(clock, new WorkItem(classes.workItemType(), future, fn, args, kwargs));
                adjustThreadCount(context, s, process);
                return future;
            } finally {
                process.globalShutdownLock().release(clock);
            }
        } finally {
            s.shutdownLock().release(clock);
        }
    }

    /** Starts a worker unless one is idle or there are {@code max_workers} already. Under both locks. */
    private void adjustThreadCount(SkeinContext context, Settings s, ThreadPoolProcess process) {
        if (takeIdle()) {
            return;
        }
        int count = threads.size();
        boolean below = s.maxWorkers() instanceof Long max ? count < max
                : Comparisons.test((long) count, s.maxWorkers(), Comparisons.Op.LT);
        if (!below) {
            return;
        }
        Object threading = context.importSystem().importAbsolute("threading");
        Object thread = Calls.callWithKeywords(Attributes.get(threading, "Thread"), new Object[0],
                new String[]{"name", "target", "args"},
                new Object[]{s.namePrefix() + "_" + count, classes.worker(), new PTuple(context.types().tupleType,
                        new Object[]{this, s.workQueue(), s.initializer(), s.initargs()})});
        process.addWorker(thread, s.workQueue());
        try {
            Calls.callMethod(thread, "start");
        } catch (PException e) {
            process.removeWorker(thread);
            throw e;
        }
        threads.add(thread);
    }

    private boolean takeIdle() {
        int n;
        do {
            n = idle.get();
            if (n == 0) {
                return false;
            }
        } while (!idle.compareAndSet(n, n - 1));
        return true;
    }

    /** A worker finished a work item and may take another. */
    void releaseIdle() {
        idle.incrementAndGet();
    }

    /**
     * {@code _initializer_failed}: the pool is broken; the work waiting in the queue fails with
     * {@code BrokenThreadPool}.
     */
    @TruffleBoundary
    void initializerFailed(Clock clock) {
        Settings s = settings();
        s.shutdownLock().acquire(clock, -1);
        try {
            broken = BROKEN_MESSAGE;
            for (WorkItem item : drain(clock, s)) {
                FutureType.setException(item.future,
                        PythonErrors.createWithArgs(classes.brokenThreadPool(), BROKEN_MESSAGE).pythonException(),
                        classes.futures());
            }
        } finally {
            s.shutdownLock().release(clock);
        }
    }

    /**
     * {@code shutdown(wait, cancel_futures)}: no more submissions; with {@code cancel_futures}
     * the queued work is cancelled; a None wakes the workers, which end once the queue is empty;
     * with {@code wait} every worker is joined.
     */
    @TruffleBoundary
    void shutdown(boolean wait, boolean cancelFutures) {
        Settings s = settings();
        Clock clock = SkeinContext.currentClock();
        s.shutdownLock().acquire(clock, -1);
        try {
            shutdown = true;
            if (cancelFutures) {
                for (WorkItem item : drain(clock, s)) {
                    item.future.cancel(clock);
                }
            }
            s.workQueue().put(clock, PNone.NONE);
        } finally {
            s.shutdownLock().release(clock);
        }
        if (wait) {
            for (Object thread : threads) {
                Calls.callMethod(thread, "join");
            }
        }
    }

    /** Takes every work item out of the queue (the Nones meant for workers are dropped, as CPython drops them). */
    private static List<WorkItem> drain(Clock clock, Settings s) {
        List<WorkItem> items = new ArrayList<>();
        Object item;
        while ((item = s.workQueue().get(clock, 0)) != null) {
            if (item instanceof WorkItem work) {
                items.add(work);
            }
        }
        return items;
    }
}
