package skein.interpreter.objects.generators;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import skein.interpreter.objects.PBaseException;
import skein.interpreter.objects.PNone;
import skein.interpreter.objects.PythonClass;
import skein.interpreter.objects.PythonObject;
import skein.interpreter.runtime.exception.PException;
import skein.interpreter.runtime.exception.PythonErrors;

/**
 * A coroutine object: what calling an {@code async def} function gives. An event loop (or
 * {@code await} in another coroutine) drives it with {@code send} and {@code throw}; unlike a
 * generator it is not iterable, and a finished one cannot be resumed again.
 */
public final class PCoroutine extends PythonObject implements Resumable {

    private final ResumableFrame frame;

    public PCoroutine(PythonClass cls, ResumableFrame frame) {
        super(cls);
        this.frame = frame;
    }

    @Override
    public ResumableFrame resumableFrame() {
        return frame;
    }

    /** {@code send(value)}: the value the coroutine passes up; StopIteration carries its result. */
    @TruffleBoundary
    public Object send(Object value) {
        return PGenerator.yieldedOrStop(resumeOrReused(frame.resume(value, null)));
    }

    /** {@code throw(exception)}, raised where the coroutine is suspended. */
    @TruffleBoundary
    public Object throwIn(PBaseException exception) {
        return PGenerator.yieldedOrStop(resumeOrReused(frame.resume(PNone.NONE, exception)));
    }

    private static Object resumeOrReused(Object result) {
        if (result == null) {
            throw reused();
        }
        return result;
    }

    @TruffleBoundary
    public static PException reused() {
        return PythonErrors.runtimeError("cannot reuse already awaited coroutine");
    }
}
