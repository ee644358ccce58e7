package skein.stdlib;

import skein.interpreter.runtime.Numbers;
import skein.interpreter.runtime.exception.PythonErrors;

import java.math.BigInteger;

/**
 * A timeout or sleep length in seconds (int or float) as nanoseconds, converted as CPython
 * converts them: rounded away from zero, with its errors for NaN, values out of range and
 * objects that are not numbers.
 */
public final class Timeouts {

    private static final double TWO_TO_63 = 0x1p63;

    private Timeouts() {
    }

    /** Seconds as signed nanoseconds; the caller decides what a negative value means. */
    public static long nanos(Object seconds) {
        Double d = Numbers.floatValueOrNull(seconds);
        if (d != null) {
            if (Double.isNaN(d)) {
                throw PythonErrors.valueError("Invalid value NaN (not a number)");
            }
            double scaled = d * 1e9;
            double rounded = scaled >= 0 ? Math.ceil(scaled) : Math.floor(scaled);
            if (!(rounded >= -TWO_TO_63 && rounded < TWO_TO_63)) {
                throw PythonErrors.overflowError("timestamp out of range for platform time_t");
            }
            return (long) rounded;
        }
        Object n = Numbers.index(seconds);
        BigInteger scaled = (n instanceof Long l ? BigInteger.valueOf(l) : (BigInteger) n)
                .multiply(BigInteger.valueOf(1_000_000_000L));
        if (scaled.bitLength() > 63) {
            throw PythonErrors.overflowError("timestamp too large to convert to C _PyTime_t");
        }
        return scaled.longValue();
    }
}
