package skein.interpreter.objects.generators;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import skein.interpreter.SkeinLanguage;
import skein.interpreter.objects.PBaseException;
import skein.interpreter.objects.PNone;
import skein.interpreter.objects.PythonClass;
import skein.interpreter.objects.PythonObject;
import skein.interpreter.runtime.BuiltinTypes;
import skein.interpreter.runtime.Calls;
import skein.interpreter.runtime.exception.PException;
import skein.interpreter.runtime.exception.PythonErrors;

import java.util.function.Supplier;

/**
 * The awaitable an async generator's {@code __anext__()}, {@code asend(v)}, {@code athrow(e)} or
 * {@code aclose()} returns. Awaiting it runs the generator's frame: values its inner awaits pass
 * up go on to the event loop, and the awaitable ends (StopIteration) with the value the
 * generator yields next, or StopAsyncIteration when it ends. It can be awaited once.
 */
public final class PAsyncGeneratorAwaitable extends PythonObject {

    public enum Mode { SEND, THROW, CLOSE }

    private enum State { INIT, ITER, CLOSED }

    private final PAsyncGenerator generator;
    private final Mode mode;
    /** The value {@code asend} sends first (None for {@code __anext__}). */
    private final Object sendValue;
    /** What {@code athrow} throws in, made into an exception on the first send; null in the other modes. */
    private final Supplier<PBaseException> thrown;
    private State state = State.INIT;

    public PAsyncGeneratorAwaitable(PythonClass cls, PAsyncGenerator generator, Mode mode, Object sendValue,
                                    Supplier<PBaseException> thrown) {
        super(cls);
        this.generator = generator;
        this.mode = mode;
        this.sendValue = sendValue;
        this.thrown = thrown;
    }

    public PAsyncGenerator generator() {
        return generator;
    }

    /** {@code send(value)}: the value passed up to the event loop; StopIteration when the awaitable is done. */
    @TruffleBoundary
    public synchronized Object send(Object value) {
        return mode == Mode.SEND ? sendForNext(value) : sendForThrow(value);
    }

    private Object sendForNext(Object value) {
        if (state == State.CLOSED) {
            throw PythonErrors.runtimeError("cannot reuse already awaited __anext__()/asend()");
        }
        boolean first = state == State.INIT;
        if (first) {
            if (generator.isRunningAsync()) {
                throw PythonErrors.runtimeError("anext(): asynchronous generator is already running");
            }
            state = State.ITER;
        }
        Object sent = first && value == PNone.NONE ? sendValue : value;
        generator.setRunningAsync(true);
        return finishedOnError(() -> generator.unwrap(generator.resume(sent, null)));
    }

    private Object sendForThrow(Object value) {
        if (state == State.CLOSED) {
            throw PythonErrors.runtimeError("cannot reuse already awaited aclose()/athrow()");
        }
        if (generator.resumableFrame().state() == ResumableFrame.State.CLOSED) {
            state = State.CLOSED;
            throw PythonErrors.stopIteration();
        }
        if (state == State.INIT) {
            if (generator.isRunningAsync()) {
                state = State.CLOSED;
                throw PythonErrors.runtimeError((mode == Mode.CLOSE ? "aclose()" : "athrow()")
                        + ": asynchronous generator is already running");
            }
            if (generator.isClosed()) {
                state = State.CLOSED;
                throw PythonErrors.createWithArgs(SkeinLanguage.types().stopAsyncIteration);
            }
            if (value != PNone.NONE) {
                throw PythonErrors.runtimeError("can't send non-None value to a just-started coroutine");
            }
            state = State.ITER;
            generator.setRunningAsync(true);
            if (mode == Mode.CLOSE) {
                generator.markClosed();
                return afterClosing(() -> generator.resume(PNone.NONE, generatorExit()));
            }
            return finishedOnError(() -> {
                PBaseException exception;
                try {
                    exception = thrown.get();
                } catch (PException e) {
                    generator.setRunningAsync(false);
                    throw e;
                }
                return generator.unwrap(generator.resume(PNone.NONE, exception));
            });
        }
        if (mode == Mode.CLOSE) {
            return afterClosing(() -> generator.resume(value, null));
        }
        return finishedOnError(() -> generator.unwrap(generator.resume(value, null)));
    }

    /** {@code throw(exception)} into the awaitable: into the generator's frame. */
    @TruffleBoundary
    public synchronized Object throwIn(PBaseException exception) {
        if (state == State.CLOSED) {
            throw PythonErrors.runtimeError(mode == Mode.SEND ? "cannot reuse already awaited __anext__()/asend()"
                    : "cannot reuse already awaited aclose()/athrow()");
        }
        if (mode == Mode.CLOSE) {
            return afterClosing(() -> generator.resume(PNone.NONE, exception));
        }
        return finishedOnError(() -> generator.unwrap(generator.resume(PNone.NONE, exception)));
    }

    @TruffleBoundary
    public synchronized void close() {
        state = State.CLOSED;
    }

    private interface Step {
        Object run();
    }

    /** Runs a step; if it raises (the awaitable's end included), the awaitable is used up. */
    private Object finishedOnError(Step step) {
        try {
            return step.run();
        } catch (PException e) {
            state = State.CLOSED;
            throw e;
        }
    }

    /**
     * A step of {@code aclose()}: the generator must end. Yielding a value instead is "ignored
     * GeneratorExit"; ending by GeneratorExit or StopAsyncIteration is the awaitable's success.
     */
    private Object afterClosing(Step step) {
        Object result;
        try {
            result = step.run();
        } catch (PException e) {
            generator.setRunningAsync(false);
            state = State.CLOSED;
            BuiltinTypes types = SkeinLanguage.types();
            if (e.pythonClass().isSubclassOf(types.stopAsyncIteration) || e.pythonClass().isSubclassOf(types.generatorExit)) {
                throw PythonErrors.stopIteration();
            }
            throw e;
        }
        if (result instanceof AsyncGeneratorValue) {
            generator.setRunningAsync(false);
            state = State.CLOSED;
            throw PythonErrors.runtimeError("async generator ignored GeneratorExit");
        }
        if (result == null || result instanceof Returned) {
            generator.setRunningAsync(false);
            state = State.CLOSED;
            throw PythonErrors.stopIteration();
        }
        return result;
    }

    private static PBaseException generatorExit() {
        return (PBaseException) Calls.call(SkeinLanguage.types().generatorExit);
    }
}
