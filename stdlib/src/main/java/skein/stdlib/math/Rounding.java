package skein.stdlib.math;

import skein.interpreter.objects.PValueObject;
import skein.interpreter.runtime.Calls;
import skein.interpreter.runtime.IntOps;
import skein.interpreter.runtime.Numbers;
import skein.interpreter.runtime.TypeOf;
import skein.interpreter.runtime.exception.PythonErrors;

import java.math.BigDecimal;
import java.util.function.DoubleUnaryOperator;

/**
 * {@code math.floor}, {@code math.ceil} and {@code math.trunc}: ints and floats directly, other
 * objects through {@code __floor__}/{@code __ceil__}/{@code __trunc__} (floor and ceil then fall
 * back to {@code float(x)}, as CPython does).
 */
final class Rounding {

    private Rounding() {
    }

    static Object floor(Object x) {
        return round(x, "__floor__", Math::floor, true);
    }

    static Object ceil(Object x) {
        return round(x, "__ceil__", Math::ceil, true);
    }

    static Object trunc(Object x) {
        return round(x, "__trunc__", v -> v < 0 ? Math.ceil(v) : Math.floor(v), false);
    }

    private static Object round(Object x, String special, DoubleUnaryOperator operation, boolean floatFallback) {
        if (x instanceof Double d) {
            return toInt(operation.applyAsDouble(d));
        }
        if (IntOps.isInt(x)) {
            return IntOps.asIntValue(x);
        }
        if (TypeOf.get(x).lookup(special) != null) {
            return Calls.callSpecial(x, special);
        }
        // An int or float subclass whose base type does not (yet) spell out the method.
        if (x instanceof PValueObject boxed && (IntOps.isInt(boxed.value()) || boxed.value() instanceof Double)) {
            return round(boxed.value(), special, operation, floatFallback);
        }
        if (!floatFallback) {
            throw PythonErrors.typeError("type " + TypeOf.name(x) + " doesn't define " + special + " method");
        }
        return toInt(operation.applyAsDouble(Numbers.asDouble(x)));
    }

    /** {@code int(d)} for an integral double, with CPython's errors for infinities and NaN. */
    static Object toInt(double d) {
        if (Double.isNaN(d)) {
            throw PythonErrors.valueError("cannot convert float NaN to integer");
        }
        if (Double.isInfinite(d)) {
            throw PythonErrors.overflowError("cannot convert float infinity to integer");
        }
        if (Math.abs(d) < 0x1p63) {
            return (long) d;
        }
        return IntOps.normalize(new BigDecimal(d).toBigInteger());
    }
}
