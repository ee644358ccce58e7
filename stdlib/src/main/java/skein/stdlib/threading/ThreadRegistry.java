package skein.stdlib.threading;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import skein.interpreter.SkeinContext;
import skein.interpreter.objects.PBaseException;
import skein.interpreter.objects.PModule;
import skein.interpreter.objects.PNone;
import skein.interpreter.objects.PythonClass;
import skein.interpreter.runtime.Attributes;
import skein.interpreter.runtime.Calls;
import skein.interpreter.runtime.PythonThreadState;
import skein.interpreter.runtime.exception.PException;
import skein.interpreter.runtime.exception.PythonErrors;
import skein.stdlib.thread.ExceptHook;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What one process's {@code threading} knows of its threads, as CPython's module globals
 * {@code _active}, {@code _limbo}, {@code _counter} and {@code _main_thread} do: the running
 * threads by Java thread (threads started elsewhere get a {@code _DummyThread} when they ask
 * who they are), the threads being started, the counter of default names; also the report of
 * an exception escaping a thread, and the wait for non-daemon threads at exit.
 */
final class ThreadRegistry {

    private final SkeinContext context;
    /** The {@code threading} module, whose {@code excepthook} may be replaced at any time. */
    private final PModule module;
    private final PythonClass dummyType;
    private final PThread mainThread;
    /** Guarded by this registry, as are {@link #limbo}; insertion order is {@code enumerate()}'s order. */
    private final Map<Thread, PThread> active = new LinkedHashMap<>();
    /** Threads started whose Java thread has not yet begun to run them. */
    private final Set<PThread> limbo = new LinkedHashSet<>();
    private final AtomicLong counter = new AtomicLong();
    /** {@code _threading_atexits}: calls made at shutdown before the threads are joined; guarded by this registry. */
    private final List<Runnable> atExitCalls = new ArrayList<>();
    /** {@code _SHUTTING_DOWN}; guarded by this registry. */
    private boolean shuttingDown;

    ThreadRegistry(SkeinContext context, PModule module, PythonClass mainType, PythonClass dummyType) {
        this.context = context;
        this.module = module;
        this.dummyType = dummyType;
        this.mainThread = new PThread(mainType);
        mainThread.initialize("MainThread", Boolean.FALSE);
        Thread main = context.threads().mainThread();
        mainThread.markRunning(main);
        active.put(main, mainThread);
    }

    /**
     * The registry of the running process, made when it imports {@code threading} (imported
     * here if only Java code reached threading's objects so far).
     */
    static ThreadRegistry of(SkeinContext context) {
        ThreadRegistry registry = context.moduleState(ThreadRegistry.class, () -> null);
        if (registry == null) {
            context.importSystem().importAbsolute("threading");
            registry = context.moduleState(ThreadRegistry.class, () -> null);
        }
        return registry;
    }

    SkeinContext context() {
        return context;
    }

    PModule module() {
        return module;
    }

    PThread mainThread() {
        return mainThread;
    }

    /** {@code name_template % next(counter)}: the program-wide counter of {@code Thread-N} and {@code Dummy-N}. */
    String newName(String prefix) {
        return prefix + counter.incrementAndGet();
    }

    /** {@code current_thread()}: a thread threading did not start gets a {@code _DummyThread}, once. */
    @TruffleBoundary
    PThread current() {
        Thread thread = Thread.currentThread();
        synchronized (this) {
            PThread known = active.get(thread);
            if (known != null) {
                return known;
            }
        }
        PThread dummy = new PThread(dummyType);
        initializeDummy(dummy);
        return dummy;
    }

    /** {@code _DummyThread.__init__}: a daemon, running, named {@code Dummy-N}, listed for the current thread. */
    void initializeDummy(PThread dummy) {
        dummy.initialize(newName("Dummy-"), Boolean.TRUE);
        register(dummy);
    }

    /** Lists {@code thread} as the current Java thread's (a main or dummy thread made by hand). */
    @TruffleBoundary
    synchronized void register(PThread thread) {
        Thread current = Thread.currentThread();
        thread.markRunning(current);
        active.put(current, thread);
    }

    synchronized void enterLimbo(PThread thread) {
        limbo.add(thread);
    }

    synchronized void leaveLimbo(PThread thread) {
        limbo.remove(thread);
    }

    /** A started thread begins to run on {@code thread}. */
    @TruffleBoundary
    synchronized void activate(PThread started, Thread thread) {
        limbo.remove(started);
        active.put(thread, started);
    }

    @TruffleBoundary
    synchronized void remove(Thread thread) {
        active.remove(thread);
    }

    /**
     * {@code enumerate()}: the running threads, then those being started. Dummies of threads
     * that have ended are dropped here (CPython keeps them until their ident is reused); the
     * main thread stays, as in CPython, even when an embedder's thread that ran it is gone.
     */
    @TruffleBoundary
    synchronized List<PThread> enumerate() {
        active.entrySet().removeIf(entry -> entry.getValue() != mainThread && !entry.getKey().isAlive());
        List<PThread> threads = new ArrayList<>(active.values());
        threads.addAll(limbo);
        return threads;
    }

    /**
     * An exception escaped {@code thread}'s {@code run()}: it goes to {@code threading.excepthook}
     * as CPython's {@code _bootstrap_inner} hands it, with {@code sys.exc_info()} set; an error in
     * the hook itself is printed through {@code sys.excepthook}.
     */
    @TruffleBoundary
    void reportException(PThread thread, PBaseException exception) {
        PythonThreadState state = context.threadState();
        PBaseException handled = state.handledException();
        state.setHandledException(exception);
        try {
            Object hook = module.globals().getItem("excepthook");
            if (hook == null || hook == PNone.NONE) {
                hook = thread.excepthookAtInit();
            }
            Calls.call(hook, ExceptHook.arguments(context, exception, thread));
        } catch (PException failure) {
            reportHookFailure(thread, failure.pythonException());
        } finally {
            state.setHandledException(handled);
        }
    }

    private void reportHookFailure(PThread thread, PBaseException failure) {
        if (!failure.getPythonClass().isSubclassOf(context.types().exception)) {
            return;
        }
        failure.setSuppressContext(true);
        try {
            Object stderr = Attributes.getOrNull(context.sysModule(), "stderr");
            if (stderr != null && stderr != PNone.NONE) {
                context.streams().stdout().flushQuietly();
                Calls.callMethod(stderr, "write", "Exception in threading.excepthook:\n");
                Calls.callMethod(stderr, "flush");
            }
            Object excepthook = Attributes.getOrNull(context.sysModule(), "excepthook");
            if (excepthook == null || excepthook == PNone.NONE) {
                excepthook = thread.sysExcepthookAtInit();
            }
            Object traceback = failure.traceback() == null ? PNone.NONE : failure.traceback();
            Calls.call(excepthook, failure.getPythonClass(), failure, traceback);
        } catch (PException ignored) {
            // CPython's thread ends here too, with nothing more to tell anyone.
        }
    }

    /**
     * {@code _register_atexit}: {@code call} runs at shutdown, before the threads are joined
     * ({@code concurrent.futures} wakes its idle workers there, so that they end).
     */
    synchronized void registerAtExit(Runnable call) {
        if (shuttingDown) {
            throw PythonErrors.runtimeError("can't register atexit after shutdown");
        }
        atExitCalls.add(call);
    }

    /**
     * {@code threading._shutdown}, run when the main module has ended: the calls registered with
     * {@code _register_atexit} run, most recent first; the main thread counts as stopped (its
     * joiners wake), then every non-daemon thread is waited for, those started meanwhile too.
     */
    @TruffleBoundary
    void shutdown() {
        List<Runnable> calls;
        synchronized (this) {
            shuttingDown = true;
            calls = new ArrayList<>(atExitCalls);
        }
        for (int i = calls.size() - 1; i >= 0; i--) {
            calls.get(i).run();
        }
        mainThread.stop(context.clock());
        PThread next;
        while ((next = nextNonDaemon()) != null) {
            next.awaitStop(context.clock(), -1);
        }
    }

    private synchronized PThread nextNonDaemon() {
        for (PThread thread : active.values()) {
            if (thread != mainThread && thread.isAlive() && !thread.isDaemon()) {
                return thread;
            }
        }
        for (PThread thread : limbo) {
            if (thread.isAlive() && !thread.isDaemon()) {
                return thread;
            }
        }
        return null;
    }
}
