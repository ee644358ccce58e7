package skein.stdlib.operator;

import skein.interpreter.SkeinLanguage;
import skein.interpreter.objects.PNotImplemented;
import skein.interpreter.runtime.Calls;
import skein.interpreter.runtime.Containers;
import skein.interpreter.runtime.IntOps;
import skein.interpreter.runtime.Numbers;
import skein.interpreter.runtime.TypeOf;
import skein.interpreter.runtime.exception.PException;
import skein.interpreter.runtime.exception.PythonErrors;

import java.math.BigInteger;

/**
 * {@code operator.length_hint(obj, default=0)}: {@code len(obj)} if it has one, else its
 * {@code __length_hint__}, else the default.
 */
final class LengthHint {

    private LengthHint() {
    }

    static Object of(Object obj, Object defaultValue) {
        Object fallback = Numbers.index(defaultValue);
        try {
            return Containers.length(obj);
        } catch (PException e) {
            // No length (or a __len__ that raised TypeError): CPython goes on to the hint.
            if (!e.pythonClass().isSubclassOf(SkeinLanguage.types().typeError)) {
                throw e;
            }
        }
        if (TypeOf.get(obj).lookup("__length_hint__") == null) {
            return fallback;
        }
        Object hint = Calls.callSpecial(obj, "__length_hint__");
        if (hint == PNotImplemented.INSTANCE) {
            return fallback;
        }
        Object value = Numbers.intValueOrNull(hint);
        if (value == null) {
            throw PythonErrors.typeError("__length_hint__ must be an integer, not " + TypeOf.name(hint));
        }
        if (value instanceof BigInteger) {
            throw PythonErrors.overflowError("Python int too large to convert to C ssize_t");
        }
        if (IntOps.compare(value, 0L) < 0) {
            throw PythonErrors.valueError("__length_hint__() should return >= 0");
        }
        return value;
    }
}
