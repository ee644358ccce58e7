package skein.interpreter.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import skein.interpreter.objects.PValueObject;
import skein.interpreter.runtime.exception.PythonErrors;

import java.math.BigInteger;

/** Conversions between Python numbers and Java numbers, with CPython's errors. */
public final class Numbers {

    private Numbers() {
    }

    /** An int, bool or float held as a Java value (not a subclass instance). */
    public static boolean isRealNumber(Object o) {
        return o instanceof Long || o instanceof Double || o instanceof Boolean || o instanceof BigInteger;
    }

    /** The int value of an int, a bool or an int-subclass instance; null for anything else. */
    public static Object intValueOrNull(Object o) {
        if (o instanceof Long || o instanceof BigInteger) {
            return o;
        } else if (o instanceof Boolean b) {
            return b ? 1L : 0L;
        } else if (o instanceof PValueObject boxed && (boxed.value() instanceof Long || boxed.value() instanceof BigInteger)) {
            return boxed.value();
        }
        return null;
    }

    /** The float value of a float or a float-subclass instance; null otherwise. */
    public static Double floatValueOrNull(Object o) {
        if (o instanceof Double d) {
            return d;
        } else if (o instanceof PValueObject boxed && boxed.value() instanceof Double d) {
            return d;
        }
        return null;
    }

    /**
     * {@code operator.index(o)}: an int (long or BigInteger) through {@code __index__}; TypeError
     * with {@code message} formatted around the type name otherwise.
     */
    @TruffleBoundary
    public static Object index(Object o) {
        Object value = intValueOrNull(o);
        if (value != null) {
            return value;
        }
        Object result = Calls.callSpecial(o, "__index__");
        if (result == null) {
            throw PythonErrors.typeError("'" + TypeOf.name(o) + "' object cannot be interpreted as an integer");
        }
        Object asInt = intValueOrNull(result);
        if (asInt == null) {
            throw PythonErrors.typeError("__index__ returned non-int (type " + TypeOf.name(result) + ")");
        }
        return asInt;
    }

    /** An index as a Java int: a sequence index, clamped the way CPython clamps huge values. */
    @TruffleBoundary
    public static long indexAsLong(Object o) {
        Object value = index(o);
        if (value instanceof Long l) {
            return l;
        }
        return ((BigInteger) value).signum() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
    }

    /** {@code o} as a Java int for APIs that need one, OverflowError beyond it. */
    @TruffleBoundary
    public static int asInt(Object o) {
        Object value = index(o);
        if (value instanceof Long l && l >= Integer.MIN_VALUE && l <= Integer.MAX_VALUE) {
            return (int) (long) l;
        }
        throw PythonErrors.overflowError("Python int too large to convert to C int");
    }

    /** {@code float(o)} semantics for arithmetic operands: ints and floats (subclasses included) and {@code __float__}. */
    @TruffleBoundary
    public static double asDouble(Object o) {
        Double d = floatValueOrNull(o);
        if (d != null) {
            return d;
        }
        Object i = intValueOrNull(o);
        if (i != null) {
            return IntOps.toDouble(i);
        }
        Object result = Calls.callSpecial(o, "__float__");
        if (result != null) {
            Double value = floatValueOrNull(result);
            if (value == null) {
                throw PythonErrors.typeError(TypeOf.name(o) + ".__float__ returned non-float (type "
                        + TypeOf.name(result) + ")");
            }
            return value;
        }
        Object index = TypeOf.get(o).lookup("__index__");
        if (index != null) {
            return IntOps.toDouble(index(o));
        }
        throw PythonErrors.typeError("must be real number, not " + TypeOf.name(o));
    }
}
