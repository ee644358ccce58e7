package skein.interpreter.runtime.threads;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.ThreadLocalAction;
import skein.interpreter.SkeinContext;
import skein.interpreter.runtime.exception.PythonErrors;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

/**
 * The threads of one Python process: each is a Java platform thread entered into the context,
 * counted by the clock from before it starts until after it ends. The registry knows each
 * thread's Python name (for a deadlock report) and what must run when the program ends, in
 * CPython's order: first {@code threading} waits for its non-daemon threads, then the
 * {@code atexit} callbacks run.
 */
public final class ProgramThreads {

    private final SkeinContext context;
    private final Thread mainThread = Thread.currentThread();
    private final Map<Thread, Supplier<String>> names = new ConcurrentHashMap<>();
    private final List<Runnable> atExit = new CopyOnWriteArrayList<>();
    private final List<Runnable> afterExitHooks = new CopyOnWriteArrayList<>();
    /**
     * Every thread started here that may not have terminated yet: a thread leaves
     * {@link #names} just before it ends, but a closing context must wait until it has.
     * Terminated ones are dropped as more threads start.
     */
    private final Set<Thread> started = ConcurrentHashMap.newKeySet();
    private volatile int pruneAt = PRUNE_MINIMUM;
    private volatile boolean stopping;
    private static final int PRUNE_MINIMUM = 256;
    /** How long a closing context waits for a stopped thread to end. */
    private static final long STOP_WAIT_MILLIS = 10_000;
    /** How long each round of stopping waits for a thread before stopping it again. */
    private static final long STOP_ROUND_MILLIS = 100;

    public ProgramThreads(SkeinContext context) {
        this.context = context;
    }

    /**
     * The stack of a thread of the program unless it asks for another size: the interpreter
     * spends far more stack on a Python call than CPython does, and CPython's threads reach its
     * default recursion limit of 1000. Only the stack a thread uses is ever committed.
     */
    public static final long DEFAULT_STACK_BYTES = 64L << 20;

    /** Starts {@code body} on a new thread of the program, with the default stack size. */
    public Thread start(Runnable body, Supplier<String> pythonName) {
        return start(body, pythonName, 0);
    }

    /**
     * Starts {@code body} on a new thread of the program, with a stack of {@code stackBytes}
     * (0 for the default). The Java thread is a daemon: whether the process waits for it is
     * Python's business ({@code threading}'s exit hook), and a context that closes stops
     * whatever still runs.
     */
    @TruffleBoundary
    public Thread start(Runnable body, Supplier<String> pythonName, long stackBytes) {
        Thread[] started = new Thread[1];
        Thread thread;
        try {
            thread = context.env().newTruffleThreadBuilder(() -> {
                try {
                    body.run();
                } catch (ProgramThreadStopped stopped) {
                    // The context is closing: the thread just ends.
                } finally {
                    names.remove(started[0]);
                    context.clock().threadEnded();
                }
            }).stackSize(stackBytes > 0 ? stackBytes : DEFAULT_STACK_BYTES).build();
        } catch (IllegalStateException | SecurityException e) {
            throw PythonErrors.runtimeError("can't start new thread");
        }
        started[0] = thread;
        thread.setDaemon(true);
        names.put(thread, pythonName);
        context.clock().threadStarted();
        try {
            thread.start();
        } catch (OutOfMemoryError e) {
            names.remove(thread);
            context.clock().threadEnded();
            throw PythonErrors.runtimeError("can't start new thread");
        }
        remember(thread);
        return thread;
    }

    /** Keeps a started thread for {@link #stopRemaining}; only once started, so pruning keeps it. */
    private void remember(Thread thread) {
        started.add(thread);
        if (started.size() >= pruneAt) {
            started.removeIf(t -> !t.isAlive());
            pruneAt = Math.max(PRUNE_MINIMUM, 2 * started.size());
        }
    }

    /**
     * Stops the threads still running when the context closes (the daemon threads, once the
     * exit hooks have waited for the others): each unwinds at its next safepoint, whether it
     * computes, sleeps or waits, and the context waits until each has ended, as Truffle
     * requires of the threads a language started.
     */
    @TruffleBoundary
    public void stopRemaining() {
        stopping = true;
        Thread closing = Thread.currentThread();
        long deadline = System.nanoTime() + STOP_WAIT_MILLIS * 1_000_000;
        while (System.nanoTime() < deadline) {
            Thread[] remaining = started.stream().filter(t -> t != closing && t.isAlive()).toArray(Thread[]::new);
            if (remaining.length == 0) {
                started.clear();
                return;
            }
            // Again each round: a thread whose unwinding blocks (taking back a lock on its way
            // out) is stopped there too.
            context.env().submitThreadLocal(remaining, new ThreadLocalAction(true, false) {
                @Override
                protected void perform(Access access) {
                    throw new ProgramThreadStopped();
                }
            });
            for (Thread thread : remaining) {
                try {
                    thread.join(STOP_ROUND_MILLIS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    /**
     * Whether the context is closing under the program's threads (stopped by
     * {@link #stopRemaining} or cancelled). A thread unwinding then may meet Python errors
     * that only the unwinding caused (a lock its interrupted wait never took back, released on
     * the way out); those are not the program's and are not reported.
     */
    public boolean closing() {
        return stopping || context.env().getContext().isCancelling();
    }

    /** How many threads started here are still running ({@code _thread._count()}). */
    public int running() {
        return names.size();
    }

    /** The thread that runs the program's main module. */
    public Thread mainThread() {
        return mainThread;
    }

    /** A thread's Python name, as {@code threading} knows it. */
    public String nameOf(Thread thread) {
        Supplier<String> name = names.get(thread);
        if (name != null) {
            return name.get();
        }
        return thread == mainThread ? "MainThread" : thread.getName();
    }

    /** Something to run when the main module has ended, before the process ends. */
    public void atExit(Runnable hook) {
        atExit.add(hook);
    }

    /**
     * Something to run when the main module has ended, after every {@link #atExit} hook: what
     * must wait until the non-daemon threads have ended ({@code atexit}'s callbacks).
     */
    public void afterExitHooks(Runnable hook) {
        afterExitHooks.add(hook);
    }

    /** Runs the exit hooks, most recent first, then the hooks that come after them. */
    @TruffleBoundary
    public void runExitHooks() {
        for (List<Runnable> hooks : List.of(atExit, afterExitHooks)) {
            for (int i = hooks.size() - 1; i >= 0; i--) {
                hooks.get(i).run();
            }
        }
    }
}
