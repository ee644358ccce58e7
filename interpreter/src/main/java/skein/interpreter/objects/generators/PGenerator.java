package skein.interpreter.objects.generators;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import skein.interpreter.SkeinLanguage;
import skein.interpreter.objects.PBaseException;
import skein.interpreter.objects.PIterator;
import skein.interpreter.objects.PNone;
import skein.interpreter.objects.PythonClass;
import skein.interpreter.runtime.exception.PException;
import skein.interpreter.runtime.exception.PythonErrors;

/**
 * A generator object: what calling a generator function (or evaluating a generator expression)
 * gives. It is its own iterator; {@link #next()} answers null at the end, like every Java
 * iterator here, so that loops over generators throw no StopIteration.
 */
public final class PGenerator extends PIterator implements Resumable {

    private final ResumableFrame frame;

    public PGenerator(PythonClass cls, ResumableFrame frame) {
        super(cls);
        this.frame = frame;
    }

    @Override
    public ResumableFrame resumableFrame() {
        return frame;
    }

    @Override
    @TruffleBoundary
    public Object next() {
        Object result = frame.resume(PNone.NONE, null);
        return result instanceof Returned ? null : result;
    }

    /** {@code send(value)}: the next yielded value; StopIteration carries the return value. */
    @TruffleBoundary
    public Object send(Object value) {
        return yieldedOrStop(frame.resume(value, null));
    }

    /** {@code throw(exception)}: raised at the yield point; the next yielded value if the body goes on. */
    @TruffleBoundary
    public Object throwIn(PBaseException exception) {
        Object result = frame.resume(PNone.NONE, exception);
        if (result == null) {
            throw new PException(exception, null);
        }
        return yieldedOrStop(result);
    }

    /** The value yielded, or the StopIteration that ends the iteration (with the return value, if any). */
    public static Object yieldedOrStop(Object result) {
        if (result == null) {
            throw PythonErrors.stopIteration();
        }
        if (result instanceof Returned returned) {
            throw stopWith(returned.value());
        }
        return result;
    }

    /** StopIteration for a body that returned {@code value}: no arguments for None, as CPython makes it. */
    @TruffleBoundary
    public static PException stopWith(Object value) {
        if (value == PNone.NONE) {
            return PythonErrors.stopIteration();
        }
        return PythonErrors.createWithArgs(SkeinLanguage.types().stopIteration, value);
    }
}
