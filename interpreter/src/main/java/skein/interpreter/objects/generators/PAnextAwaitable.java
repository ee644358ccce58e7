package skein.interpreter.objects.generators;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import skein.interpreter.SkeinLanguage;
import skein.interpreter.objects.PBaseException;
import skein.interpreter.objects.PythonClass;
import skein.interpreter.objects.PythonObject;
import skein.interpreter.runtime.exception.PException;

/**
 * What {@code anext(iterator, default)} returns: awaits the iterator's {@code __anext__()} and
 * ends with the default instead of StopAsyncIteration.
 */
public final class PAnextAwaitable extends PythonObject {

    private final Object awaitable;
    private final Object defaultValue;
    private Object iterator;

    public PAnextAwaitable(PythonClass cls, Object awaitable, Object defaultValue) {
        super(cls);
        this.awaitable = awaitable;
        this.defaultValue = defaultValue;
    }

    @TruffleBoundary
    public synchronized Object send(Object value) {
        return step(() -> Delegation.send(iterator(), value));
    }

    @TruffleBoundary
    public synchronized Object throwIn(PBaseException exception) {
        return step(() -> {
            Object result = Delegation.throwIn(iterator(), exception);
            if (result == null) {
                throw new PException(exception, null);
            }
            return result;
        });
    }

    private Object iterator() {
        if (iterator == null) {
            iterator = Awaitables.iteratorOf(awaitable, Awaitables.Site.AWAIT);
        }
        return iterator;
    }

    private interface Step {
        Object run();
    }

    private Object step(Step step) {
        Object result;
        try {
            result = step.run();
        } catch (PException e) {
            if (e.pythonClass().isSubclassOf(SkeinLanguage.types().stopAsyncIteration)) {
                throw PGenerator.stopWith(defaultValue);
            }
            throw e;
        }
        if (result instanceof Returned returned) {
            throw PGenerator.stopWith(returned.value());
        }
        return result;
    }
}
