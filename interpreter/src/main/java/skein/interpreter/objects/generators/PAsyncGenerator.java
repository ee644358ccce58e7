package skein.interpreter.objects.generators;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import skein.interpreter.SkeinLanguage;
import skein.interpreter.objects.PBaseException;
import skein.interpreter.objects.PythonClass;
import skein.interpreter.objects.PythonObject;
import skein.interpreter.runtime.BuiltinTypes;
import skein.interpreter.runtime.exception.PException;
import skein.interpreter.runtime.exception.PythonErrors;

/**
 * An async generator object: what calling an {@code async def} function that yields gives.
 * Its {@code __anext__}, {@code asend}, {@code athrow} and {@code aclose} return awaitables that
 * run its frame until it yields a value (which ends the awaitable with that value) or awaits
 * (which passes the awaited value up to the event loop).
 */
public final class PAsyncGenerator extends PythonObject implements Resumable {

    private final ResumableFrame frame;
    /** An {@code asend}/{@code athrow}/{@code aclose} awaitable is being awaited ({@code ag_running}). */
    private volatile boolean runningAsync;
    /** {@code aclose()} has begun, or the generator ended by StopAsyncIteration or GeneratorExit. */
    private volatile boolean closed;

    public PAsyncGenerator(PythonClass cls, ResumableFrame frame) {
        super(cls);
        this.frame = frame;
    }

    @Override
    public ResumableFrame resumableFrame() {
        return frame;
    }

    public boolean isRunningAsync() {
        return runningAsync;
    }

    void setRunningAsync(boolean runningAsync) {
        this.runningAsync = runningAsync;
    }

    boolean isClosed() {
        return closed;
    }

    void markClosed() {
        closed = true;
    }

    /**
     * What one resume of the frame means to the awaitable driving it: a yielded value ends the
     * awaitable (StopIteration carrying it); a value from an inner await goes up to the event
     * loop; the body's end is StopAsyncIteration.
     */
    @TruffleBoundary
    Object unwrap(Object result) {
        if (result instanceof AsyncGeneratorValue yielded) {
            runningAsync = false;
            throw PGenerator.stopWith(yielded.value());
        }
        if (result == null || result instanceof Returned) {
            runningAsync = false;
            closed = true;
            throw PythonErrors.createWithArgs(SkeinLanguage.types().stopAsyncIteration);
        }
        return result;
    }

    /** Resumes the frame for an awaitable, noting an ending by StopAsyncIteration or GeneratorExit. */
    @TruffleBoundary
    Object resume(Object sent, PBaseException thrown) {
        try {
            return frame.resume(sent, thrown);
        } catch (PException e) {
            runningAsync = false;
            BuiltinTypes types = SkeinLanguage.types();
            if (e.pythonClass().isSubclassOf(types.stopAsyncIteration) || e.pythonClass().isSubclassOf(types.generatorExit)) {
                closed = true;
            }
            throw e;
        }
    }
}
