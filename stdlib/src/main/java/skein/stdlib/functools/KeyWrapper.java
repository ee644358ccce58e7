package skein.stdlib.functools;

import skein.interpreter.objects.PythonClass;
import skein.interpreter.objects.PythonObject;
import skein.interpreter.runtime.Calls;
import skein.interpreter.runtime.Comparisons;
import skein.interpreter.runtime.exception.PythonErrors;

/**
 * What {@code functools.cmp_to_key(mycmp)} returns, and what calling that returns: a
 * {@code functools.KeyWrapper} holding an object, ordered by {@code mycmp(a, b)} against 0.
 */
final class KeyWrapper extends PythonObject {

    private final Object compare;
    /** The wrapped object; null for the key function itself. */
    private final Object object;

    KeyWrapper(PythonClass cls, Object compare, Object object) {
        super(cls);
        this.compare = compare;
        this.object = object;
    }

    Object object() {
        return object;
    }

    KeyWrapper wrap(Object value) {
        return new KeyWrapper(getPythonClass(), compare, value);
    }

    Object compareWith(Object other, Comparisons.Op op) {
        if (!(other instanceof KeyWrapper that) || object == null || that.object == null) {
            throw PythonErrors.typeError("other argument must be K instance");
        }
        Object result = Calls.call(compare, object, that.object);
        return Comparisons.compare(result, 0L, op);
    }
}
