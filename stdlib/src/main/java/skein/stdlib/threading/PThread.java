package skein.stdlib.threading;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import skein.interpreter.objects.PythonClass;
import skein.interpreter.objects.PythonObject;
import skein.interpreter.runtime.Calls;
import skein.interpreter.runtime.Truthiness;
import skein.interpreter.runtime.clock.Clock;
import skein.interpreter.runtime.clock.WaitQueue;
import skein.interpreter.runtime.exception.PException;
import skein.interpreter.runtime.exception.PythonErrors;
import skein.stdlib.thread.Idents;
import skein.stdlib.thread.StackSize;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * A {@code threading.Thread} (or {@code _MainThread}, {@code _DummyThread}, {@code Timer}, or a
 * Python subclass): its name, daemon flag and ident, and its life from initial to started to
 * stopped. Starting is one compare-and-set, so a thread starts once however many threads try;
 * joining waits through the clock until the thread has stopped.
 */
public final class PThread extends PythonObject {

    private enum State { INITIAL, STARTED, STOPPED }

    private static final VarHandle STATE;

    static {
        try {
            STATE = MethodHandles.lookup().findVarHandle(PThread.class, "state", State.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** False until {@code Thread.__init__} ran: a subclass may forget to call it. */
    private volatile boolean initialized;
    private volatile String name;
    /** The flag as given, which CPython hands back unconverted. */
    private volatile Object daemon;
    /** The ident, once started. */
    private volatile Long ident;
    private volatile State state = State.INITIAL;
    private final WaitQueue joiners = new WaitQueue();
    /** {@code threading.excepthook} and {@code sys.excepthook} when the thread was made: used if they are None later. */
    private volatile Object excepthookAtInit;
    private volatile Object sysExcepthookAtInit;

    public PThread(PythonClass cls) {
        super(cls);
    }

    /** {@code Thread.__init__}'s own state (the target and its arguments live in the instance dict). */
    void initialize(String threadName, Object daemonFlag) {
        this.name = threadName;
        this.daemon = daemonFlag;
        this.initialized = true;
    }

    /** Remembers the exception hooks, which CPython's Thread captures in {@code __init__}. */
    void rememberExcepthooks(Object excepthook, Object sysExcepthook) {
        this.excepthookAtInit = excepthook;
        this.sysExcepthookAtInit = sysExcepthook;
    }

    Object excepthookAtInit() {
        return excepthookAtInit;
    }

    Object sysExcepthookAtInit() {
        return sysExcepthookAtInit;
    }

    boolean isInitialized() {
        return initialized;
    }

    /** CPython's assertion in the accessors of a thread whose {@code __init__} never ran. */
    void assertInitialized() {
        if (!initialized) {
            throw ThreadTypes.assertion("Thread.__init__() not called");
        }
    }

    String name() {
        return name;
    }

    void setName(String threadName) {
        this.name = threadName;
    }

    Object daemon() {
        return daemon;
    }

    boolean isDaemon() {
        return Truthiness.isTrue(daemon);
    }

    void setDaemon(Object daemonFlag) {
        if (state != State.INITIAL) {
            throw PythonErrors.runtimeError("cannot set daemon status of active thread");
        }
        this.daemon = daemonFlag;
    }

    /** The ident, or null before the thread started. */
    Long ident() {
        return ident;
    }

    boolean isStarted() {
        return state != State.INITIAL;
    }

    boolean isAlive() {
        return state == State.STARTED;
    }

    /** A thread threading did not start (the main thread, a dummy) is running on {@code thread}. */
    void markRunning(Thread thread) {
        ident = Idents.of(thread);
        state = State.STARTED;
    }

    /**
     * {@code start()}: runs {@code run()} on a new thread of the program, listed by
     * {@code enumerate()} from now until it ends.
     */
    @TruffleBoundary
    void start(ThreadRegistry registry) {
        if (!initialized) {
            throw PythonErrors.runtimeError("thread.__init__() not called");
        }
        if (!STATE.compareAndSet(this, State.INITIAL, State.STARTED)) {
            throw PythonErrors.runtimeError("threads can only be started once");
        }
        registry.enterLimbo(this);
        Thread thread;
        try {
            thread = registry.context().threads().start(() -> bootstrap(registry), this::name,
                    StackSize.of(registry.context()));
        } catch (PException e) {
            registry.leaveLimbo(this);
            state = State.INITIAL;
            throw e;
        }
        ident = Idents.of(thread);
    }

    /** The new thread's life: {@code run()}, its exception to the hook, then the end joiners wait for. */
    private void bootstrap(ThreadRegistry registry) {
        Thread current = Thread.currentThread();
        ident = Idents.of(current);
        registry.activate(this, current);
        try {
            Calls.callMethod(this, "run");
        } catch (PException e) {
            if (!registry.context().threads().closing()) {
                registry.reportException(this, e.pythonException());
            }
        } finally {
            registry.remove(current);
            stop(registry.context().clock());
        }
    }

    /** The thread has ended: joiners wake. */
    void stop(Clock clock) {
        state = State.STOPPED;
        joiners.signalAll(clock);
    }

    /**
     * Waits until the thread has stopped or {@code timeoutNanos} passed (negative: no limit); the
     * wait names this thread in a deadlock report.
     */
    @TruffleBoundary
    void awaitStop(Clock clock, long timeoutNanos) {
        if (state == State.STOPPED || timeoutNanos == 0) {
            return;
        }
        joiners.await(clock, timeoutNanos, this, () -> state == State.STOPPED);
    }

    /** CPython's repr: {@code <Thread(name, started daemon 1234)>}. */
    String repr() {
        String status = switch (state) {
            case INITIAL -> "initial";
            case STARTED -> "started";
            case STOPPED -> "stopped";
        };
        if (isDaemon()) {
            status += " daemon";
        }
        Long shown = ident;
        if (shown != null) {
            status += " " + shown;
        }
        return "<" + getPythonClass().getName() + "(" + name + ", " + status + ")>";
    }
}
