package skein.interpreter.runtime.format;

import java.math.BigInteger;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
/**
 * CPython's {@code hash()} of ints and floats: the value modulo the prime 2^61 - 1 with the
 * value's sign, so that numbers equal across types hash alike ({@code hash(1.0) == hash(1)});
 * -1 is reserved (an error marker in CPython), so a hash of -1 becomes -2.
 */
public final class NumericHash {

    private static final int BITS = 61;
    private static final long MODULUS = (1L << BITS) - 1;
    private static final BigInteger BIG_MODULUS = BigInteger.valueOf(MODULUS);
    private static final long INFINITY_HASH = 314159;

    private NumericHash() {
    }

    public static long hash(long value) {
        // -value read as unsigned is |value|, Long.MIN_VALUE included.
        long magnitude = value < 0 ? Long.remainderUnsigned(-value, MODULUS) : value % MODULUS;
        return finish(value < 0 ? -magnitude : magnitude);
    }

    @TruffleBoundary
    public static long hash(BigInteger value) {
        long magnitude = value.abs().mod(BIG_MODULUS).longValue();
        return finish(value.signum() < 0 ? -magnitude : magnitude);
    }

    /**
     * @param identityHash the hash CPython 3.11 gives a NaN: the one of the float object's
     *                     identity, as for {@code object.__hash__}
     */
    public static long hash(double value, long identityHash) {
        if (Double.isNaN(value)) {
            return finish(identityHash);
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? INFINITY_HASH : -INFINITY_HASH;
        }
        if (value == 0) {
            return 0;
        }
        // |value| = mantissa * 2^exponent with an integral mantissa below 2^53.
        long bits = Double.doubleToRawLongBits(value);
        int biasedExponent = (int) ((bits >>> 52) & 0x7ff);
        long mantissa = bits & ((1L << 52) - 1);
        int exponent;
        if (biasedExponent == 0) {
            exponent = -1074;
        } else {
            mantissa |= 1L << 52;
            exponent = biasedExponent - 1075;
        }
        // Since 2^61 is 1 modulo 2^61 - 1, multiplying by 2^k is a 61-bit rotation by k mod 61.
        int rotation = Math.floorMod(exponent, BITS);
        long reduced = rotation == 0 ? mantissa
                : ((mantissa << rotation) & MODULUS) | (mantissa >>> (BITS - rotation));
        return finish(value < 0 ? -reduced : reduced);
    }

    private static long finish(long hash) {
        return hash == -1 ? -2 : hash;
    }
}
