package skein.stdlib.time;

import java.math.BigInteger;

import skein.interpreter.objects.PNone;
import skein.interpreter.runtime.Numbers;
import skein.interpreter.runtime.exception.PythonErrors;

/** The time module's conversions of Python arguments to C's integer types, with CPython's errors. */
final class TimeArguments {

    private static final double TWO_TO_63 = 0x1p63;

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
        long nanos;
        Double d = Numbers.floatValueOrNull(value);
        if (d != null) {
            if (Double.isNaN(d)) {
                throw PythonErrors.valueError("Invalid value NaN (not a number)");
            }
            double scaled = d * 1e9;
            double rounded = scaled >= 0 ? Math.ceil(scaled) : Math.floor(scaled);
            if (!(rounded >= -TWO_TO_63 && rounded < TWO_TO_63)) {
                throw PythonErrors.overflowError("timestamp out of range for platform time_t");
            }
            nanos = (long) rounded;
        } else {
            Object n = Numbers.index(value);
            BigInteger scaled = (n instanceof Long l ? BigInteger.valueOf(l) : (BigInteger) n)
                    .multiply(BigInteger.valueOf(1_000_000_000L));
            if (scaled.bitLength() > 63) {
                throw PythonErrors.overflowError("timestamp too large to convert to C _PyTime_t");
            }
            nanos = scaled.longValue();
        }
        if (nanos < 0) {
            throw PythonErrors.valueError("sleep length must be non-negative");
        }
        return nanos;
    }

    private static int sign(Object n) {
        return n instanceof Long l ? Long.signum(l) : ((BigInteger) n).signum();
    }
}
