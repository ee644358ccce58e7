package skein.stdlib.time;

import java.math.BigInteger;

import skein.interpreter.objects.PNone;
import skein.interpreter.runtime.Numbers;
import skein.interpreter.runtime.exception.PythonErrors;
import skein.stdlib.Timeouts;

/** The time module's conversions of Python arguments to C's integer types, with CPython's errors. */
final class TimeArguments {

    private TimeArguments() {
    }

    /** A C {@code int} from an int (through {@code __index__}). */
    static int cInt(Object value) {
        Object n = Numbers.index(value);
        if (n instanceof Long l && l >= Integer.MIN_VALUE && l <= Integer.MAX_VALUE) {
            return (int) (long) l;
        }
        throw PythonErrors.overflowError(sign(n) < 0 ? "signed integer is less than minimum"
                : "signed integer is greater than maximum");
    }

    /** A C {@code long} from an int (through {@code __index__}). */
    static long cLong(Object value) {
        Object n = Numbers.index(value);
        if (n instanceof Long l) {
            return l;
        }
        throw PythonErrors.overflowError("Python int too large to convert to C long");
    }

    /**
     * A timestamp as C's {@code time_t}: floats round down, ints must fit 64 bits; null for
     * None, which means "now".
     */
    static Long timeT(Object value) {
        if (value == PNone.NONE) {
            return null;
        }
        Double d = Numbers.floatValueOrNull(value);
        if (d != null) {
            return CivilTime.toTimeT(d);
        }
        Object n = Numbers.index(value);
        if (n instanceof Long l) {
            return l;
        }
        throw PythonErrors.overflowError("timestamp out of range for platform time_t");
    }

    /** {@code time.sleep}'s argument in nanoseconds, rounded away from zero as CPython rounds timeouts. */
    static long sleepNanos(Object value) {
        long nanos = Timeouts.nanos(value);
        if (nanos < 0) {
            throw PythonErrors.valueError("sleep length must be non-negative");
        }
        return nanos;
    }

    private static int sign(Object n) {
        return n instanceof Long l ? Long.signum(l) : ((BigInteger) n).signum();
    }
}
