package skein.interpreter.runtime.format;

import java.math.BigInteger;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import skein.interpreter.runtime.exception.PException;
import skein.interpreter.runtime.exception.PythonErrors;

/**
 * Python ints as text: {@code str()} with CPython's limit on decimal digits
 * ({@code sys.set_int_max_str_digits}), and {@code hex()}, {@code oct()}, {@code bin()}.
 * An int is a {@code long} when it fits and a {@link BigInteger} otherwise.
 */
public final class IntText {

    /** CPython's default for {@code sys.get_int_max_str_digits()}; 0 means no limit. */
    public static final int DEFAULT_MAX_STR_DIGITS = 4300;

    /** log10(2), slightly low, so that digit counts estimated with it are never too high. */
    private static final double LOG10_2_BELOW = 0.30102999566;

    private IntText() {
    }

    @TruffleBoundary
    public static String decimal(long value) {
        return Long.toString(value);
    }

    /**
     * {@code str(value)}; ValueError when it has more than {@code maxStrDigits} digits (0: no limit).
     */
    @TruffleBoundary
    public static String decimal(BigInteger value, int maxStrDigits) {
        if (maxStrDigits > 0) {
            long atLeast = (long) ((value.bitLength() - 1) * LOG10_2_BELOW) + 1;
            if (atLeast > maxStrDigits) {
                throw tooManyDigits(maxStrDigits);
            }
        }
        String text = value.toString();
        if (maxStrDigits > 0 && text.length() - (value.signum() < 0 ? 1 : 0) > maxStrDigits) {
            throw tooManyDigits(maxStrDigits);
        }
        return text;
    }

    @TruffleBoundary
    public static String hex(long value) {
        return prefixed(value, 16, "0x");
    }

    @TruffleBoundary
    public static String hex(BigInteger value) {
        return prefixed(value, 16, "0x");
    }

    @TruffleBoundary
    public static String oct(long value) {
        return prefixed(value, 8, "0o");
    }

    @TruffleBoundary
    public static String oct(BigInteger value) {
        return prefixed(value, 8, "0o");
    }

    @TruffleBoundary
    public static String bin(long value) {
        return prefixed(value, 2, "0b");
    }

    @TruffleBoundary
    public static String bin(BigInteger value) {
        return prefixed(value, 2, "0b");
    }

    /** The digits of |value| in a radix, lower-case; for a decimal BigInteger, limited as {@code str()}. */
    static String magnitude(Number value, int radix, int maxStrDigits) {
        if (value instanceof BigInteger big) {
            return radix == 10 ? decimal(big.abs(), maxStrDigits) : big.abs().toString(radix);
        }
        long v = value.longValue();
        return v < 0 ? Long.toUnsignedString(-v, radix) : Long.toString(v, radix);
    }

    static int signum(Number value) {
        return value instanceof BigInteger big ? big.signum() : Long.signum(value.longValue());
    }

    private static String prefixed(Number value, int radix, String prefix) {
        String digits = magnitude(value, radix, 0);
        return (signum(value) < 0 ? "-" : "") + prefix + digits;
    }

    private static PException tooManyDigits(int maxStrDigits) {
        return PythonErrors.valueError("Exceeds the limit (" + maxStrDigits
                + " digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit");
    }
}
