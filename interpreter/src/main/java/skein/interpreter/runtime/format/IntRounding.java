package skein.interpreter.runtime.format;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
/** {@code round(int, ndigits)}: rounding to tens, hundreds... for negative ndigits, ties to even. */
public final class IntRounding {

    private IntRounding() {
    }

    /**
     * Rounds to a multiple of 10^-ndigits; ndigits >= 0 leaves the int as it is. The result is
     * a {@code Long} when it fits and a {@code BigInteger} otherwise.
     */
    public static Number round(long value, long ndigits) {
        return round(BigInteger.valueOf(value), ndigits);
    }

    @TruffleBoundary
    public static Number round(BigInteger value, long ndigits) {
        if (ndigits >= 0) {
            return normalize(value);
        }
        BigDecimal exact = new BigDecimal(value);
        // Below half of 10^-ndigits everything rounds to 0; this spares computing huge powers.
        if (-ndigits > exact.precision()) {
            return 0L;
        }
        return normalize(exact.setScale((int) ndigits, RoundingMode.HALF_EVEN).toBigIntegerExact());
    }

    private static Number normalize(BigInteger value) {
        return value.bitLength() < 64 ? (Number) value.longValue() : value;
    }
}
