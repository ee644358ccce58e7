package skein.stdlib.futures;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import skein.interpreter.SkeinContext;
import skein.interpreter.objects.PNone;
import skein.interpreter.objects.PythonClass;
import skein.interpreter.runtime.Calls;
import skein.interpreter.runtime.clock.Clock;
import skein.stdlib.queue.SimpleQueue;
import skein.stdlib.thread.Lock;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What one process's {@code concurrent.futures.thread} keeps beside its executors, as CPython's
 * module globals: the flag set when the interpreter shuts down (no executor takes work after it)
 * and the lock that orders it with {@code submit}; every worker thread with its work queue, so
 * that at shutdown each idle worker gets the None that ends it and is joined; and the counter
 * behind the names {@code ThreadPoolExecutor-N}.
 */
final class ThreadPoolProcess {

    private record WorkerEntry(Object thread, SimpleQueue queue) {
    }

    private final Lock globalShutdownLock;
    private volatile boolean shutdown;
    private final List<WorkerEntry> workers = new CopyOnWriteArrayList<>();
    private final AtomicLong executorCounter = new AtomicLong();

    private ThreadPoolProcess(PythonClass lockType) {
        this.globalShutdownLock = new Lock(lockType);
    }

    static ThreadPoolProcess of(SkeinContext context, PythonClass lockType) {
        return context.moduleState(ThreadPoolProcess.class, () -> new ThreadPoolProcess(lockType));
    }

    Lock globalShutdownLock() {
        return globalShutdownLock;
    }

    boolean isShutdown() {
        return shutdown;
    }

    /** {@code ThreadPoolExecutor._counter()}: 0, 1, 2... for the executors named by default. */
    long nextExecutorNumber() {
        return executorCounter.getAndIncrement();
    }

    /** A worker thread about to start, on {@code queue}. */
    void addWorker(Object thread, SimpleQueue queue) {
        workers.add(new WorkerEntry(thread, queue));
    }

    /** A worker thread that could not start. */
    void removeWorker(Object thread) {
        workers.removeIf(entry -> entry.thread() == thread);
    }

    /**
     * A worker on {@code queue} has ended: one entry of that queue goes (the workers of one
     * queue are alike to the exit, which only needs one entry per live worker of each queue).
     */
    void workerEnded(SimpleQueue queue) {
        for (WorkerEntry entry : workers) {
            if (entry.queue() == queue && workers.remove(entry)) {
                return;
            }
        }
    }

    /**
     * {@code _python_exit}, run by threading's shutdown before it joins the threads: no more
     * work is taken, every worker's queue gets a None (an idle worker takes it and ends, a busy
     * one after the work queued before it), and every worker is joined.
     */
    @TruffleBoundary
    void exit(Clock clock) {
        globalShutdownLock.acquire(clock, -1);
        try {
            shutdown = true;
        } finally {
            globalShutdownLock.release(clock);
        }
        List<WorkerEntry> entries = List.copyOf(workers);
        for (WorkerEntry entry : entries) {
            entry.queue().put(clock, PNone.NONE);
        }
        for (WorkerEntry entry : entries) {
            Calls.callMethod(entry.thread(), "join");
        }
    }
}
