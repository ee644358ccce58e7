package skein.interpreter.objects.generators;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.frame.MaterializedFrame;
import skein.interpreter.SkeinLanguage;
import skein.interpreter.objects.FunctionCode;
import skein.interpreter.objects.PBaseException;
import skein.interpreter.objects.PNone;
import skein.interpreter.runtime.BuiltinTypes;
import skein.interpreter.runtime.Calls;
import skein.interpreter.runtime.PythonThreadState;
import skein.interpreter.runtime.ResumeSlots;
import skein.interpreter.runtime.exception.PException;
import skein.interpreter.runtime.exception.PythonErrors;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * The frame of a generator, coroutine or async generator, which outlives each run of its body:
 * made when the function is called, resumed in whichever thread calls {@code next()},
 * {@code send()} or {@code throw()}, and run by one thread at a time: a second thread arriving
 * while it runs gets "already executing", never a shared frame.
 */
public final class ResumableFrame {

    public enum State { CREATED, SUSPENDED, RUNNING, CLOSED }

    /** Which kind of object owns the frame; its messages name it. */
    public enum Kind {
        GENERATOR("generator"), COROUTINE("coroutine"), ASYNC_GENERATOR("async generator");

        final String noun;

        Kind(String noun) {
            this.noun = noun;
        }
    }

    private static final State[] STATES = State.values();
    private static final int CREATED = State.CREATED.ordinal();
    private static final int SUSPENDED = State.SUSPENDED.ordinal();
    private static final int RUNNING = State.RUNNING.ordinal();
    private static final int CLOSED = State.CLOSED.ordinal();

    private final Kind kind;
    private final FunctionCode code;
    private final RootCallTarget body;
    /** Published to the thread that claims the frame by the claim itself (see {@link #start}). */
    private MaterializedFrame frame;
    private final AtomicInteger state = new AtomicInteger(CREATED);
    /** Written before the state is released, so published by it. */
    private int suspendedLine;
    private volatile String name;
    private volatile String qualname;

    public ResumableFrame(Kind kind, FunctionCode code, MaterializedFrame frame, String name, String qualname) {
        this.kind = kind;
        this.name = name;
        this.qualname = qualname;
        this.code = code;
        this.body = code.bodyTarget();
        this.frame = frame;
        this.suspendedLine = code.firstLine();
    }

    public String name() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String qualname() {
        return qualname;
    }

    public void setQualname(String qualname) {
        this.qualname = qualname;
    }

    public Kind kind() {
        return kind;
    }

    public FunctionCode code() {
        return code;
    }

    public RootCallTarget body() {
        return body;
    }

    public State state() {
        return STATES[state.get()];
    }

    /** The live frame, or null once the body has ended. */
    public MaterializedFrame frame() {
        return frame;
    }

    /** The line a suspended frame waits at (the first line before it starts). */
    public int line() {
        return suspendedLine;
    }

    /** The iterator a {@code yield from} or {@code await} this frame is suspended in delegates to, or null. */
    public Object delegate() {
        MaterializedFrame f = frame;
        return f == null || state.get() != SUSPENDED ? null : f.getObjectStatic(ResumeSlots.DELEGATE);
    }

    /**
     * Claims the frame for one run by the calling thread. Answers false when the frame has
     * already ended (the caller decides what that means for its operation).
     */
    public boolean start(Object sent, boolean throwing) {
        while (true) {
            int current = state.get();
            if (current == RUNNING) {
                throw alreadyExecuting();
            }
            if (current == CLOSED) {
                return false;
            }
            if (current == CREATED && !throwing && sent != PNone.NONE) {
                throw nonNoneToJustStarted();
            }
            if (state.compareAndSet(current, RUNNING)) {
                return true;
            }
        }
    }

    @TruffleBoundary
    private PException alreadyExecuting() {
        return PythonErrors.valueError(kind.noun + " already executing");
    }

    @TruffleBoundary
    private PException nonNoneToJustStarted() {
        return PythonErrors.typeError("can't send non-None value to a just-started " + kind.noun);
    }

    /** Whether the body has not run yet (the run being started is its first). */
    public boolean isFirstRun() {
        return frame.getIntStatic(ResumeSlots.TARGET) == ResumeSlots.RUNNING;
    }

    /** A run claimed by {@link #start} ended in a yield at {@code line}. */
    public void suspended(int line) {
        suspendedLine = line;
        state.setRelease(SUSPENDED);
    }

    /**
     * A run claimed by {@link #start} ended by an exception: the frame is closed, and a
     * StopIteration leaking out of the body becomes the RuntimeError of PEP 479.
     */
    public PException failed(PException e) {
        close();
        if (e.pythonClass().isSubclassOf(SkeinLanguage.types().stopIteration)) {
            return leakedStop(e, kind.noun + " raised StopIteration");
        }
        if (kind == Kind.ASYNC_GENERATOR && e.pythonClass().isSubclassOf(SkeinLanguage.types().stopAsyncIteration)) {
            return leakedStop(e, "async generator raised StopAsyncIteration");
        }
        return e;
    }

    @TruffleBoundary
    private static PException leakedStop(PException e, String message) {
        PException replacement = PythonErrors.runtimeError(message);
        PBaseException stop = e.pythonException();
        replacement.pythonException().setCause(stop);
        replacement.pythonException().setContext(stop);
        replacement.pythonException().setSuppressContext(true);
        return replacement;
    }

    /** Ends the frame for good: its locals are released and {@code gi_frame} becomes None. */
    public void close() {
        state.set(CLOSED);
        frame = null;
    }

    /** Whether a close() that finds the frame suspended must run its body (created frames just close). */
    public boolean closeIfNotStarted() {
        if (state.compareAndSet(CREATED, CLOSED)) {
            frame = null;
            return true;
        }
        return false;
    }

    /**
     * One run of the body from Java code ({@code next()}, {@code send()}, {@code throw()}): the
     * value it yielded, or a {@link Returned}; null when the frame had already ended.
     */
    public Object resume(Object sent, PBaseException thrown) {
        if (!start(sent, thrown != null)) {
            return null;
        }
        return body.call(this, sent, thrown, currentThread());
    }

    /**
     * {@code close()}: raises GeneratorExit at the yield point and expects the body to end;
     * a body that yields again instead gets "ignored GeneratorExit".
     */
    @TruffleBoundary
    public void closeFromOutside() {
        if (closeIfNotStarted() || state() == State.CLOSED) {
            return;
        }
        BuiltinTypes types = SkeinLanguage.types();
        PBaseException exit = (PBaseException) Calls.call(types.generatorExit);
        Object result;
        try {
            result = resume(PNone.NONE, exit);
        } catch (PException e) {
            if (e.pythonClass().isSubclassOf(types.generatorExit) || e.pythonClass().isSubclassOf(types.stopIteration)) {
                return;
            }
            throw e;
        }
        if (result != null && !(result instanceof Returned)) {
            throw PythonErrors.runtimeError(kind.noun + " ignored GeneratorExit");
        }
    }

    /** The thread state of the calling thread, for runs started from Java code. */
    public static PythonThreadState currentThread() {
        return SkeinLanguage.get(null).threadState();
    }
}
