package skein.interpreter.runtime.format;

import java.math.BigDecimal;
import java.math.BigInteger;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import skein.interpreter.runtime.exception.PythonErrors;

/**
 * {@code round(float)}, {@code round(float, ndigits)} and {@code int(float)}. Ints come back as
 * {@code Long} when they fit and {@code BigInteger} otherwise.
 */
public final class FloatRounding {

    /** Beyond this many digits every double rounds to itself (log10(2) * (53 + 1021), floored). */
    private static final long NDIGITS_MAX = 323;
    /** Below this every double rounds to a zero ((1024 + 1) * log10(2), floored, negated). */
    private static final long NDIGITS_MIN = -308;

    private FloatRounding() {
    }

    /**
     * {@code round(x, ndigits)}: the exact value of x rounded half-even to {@code ndigits}
     * decimal places (negative: to tens, hundreds...), then read back as the nearest double
     * ({@code round(2.675, 2) == 2.67}, since 2.675 is a little below 2.675). Callers clamp
     * ndigits that do not fit in a long, as CPython clamps them to its ssize_t.
     */
    @TruffleBoundary
    public static double round(double x, long ndigits) {
        if (!Double.isFinite(x) || ndigits > NDIGITS_MAX) {
            return x;
        }
        if (ndigits < NDIGITS_MIN) {
            return 0.0 * x;
        }
        double rounded = FloatDigits.fixed(x, (int) ndigits).toDouble();
        if (Double.isInfinite(rounded)) {
            throw PythonErrors.overflowError("rounded value too large to represent");
        }
        return Math.copySign(rounded, x);
    }

    /** {@code round(x)}: the nearest int, ties to even. */
    public static Number round(double x) {
        return toInt(Math.rint(x));
    }

    /** {@code int(x)}: x truncated toward zero. */
    public static Number truncate(double x) {
        return toInt(x < 0 ? Math.ceil(x) : Math.floor(x));
    }

    private static Number toInt(double integral) {
        if (Double.isNaN(integral)) {
            throw PythonErrors.valueError("cannot convert float NaN to integer");
        }
        if (Double.isInfinite(integral)) {
            throw PythonErrors.overflowError("cannot convert float infinity to integer");
        }
        if (Math.abs(integral) < 0x1p63) {
            return (long) integral;
        }
        return toBigInteger(integral);
    }

    @TruffleBoundary
    private static BigInteger toBigInteger(double integral) {
        return new BigDecimal(integral).toBigIntegerExact();
    }
}
