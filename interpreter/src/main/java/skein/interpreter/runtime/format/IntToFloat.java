package skein.interpreter.runtime.format;

import java.math.BigInteger;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import skein.interpreter.runtime.exception.PException;
import skein.interpreter.runtime.exception.PythonErrors;

/** {@code float(int)} and {@code int / int}, both correctly rounded (half-even) as in CPython. */
public final class IntToFloat {

    /** Ints up to 2^53 in magnitude convert to double exactly. */
    private static final long EXACT_LIMIT = 1L << 53;
    private static final int MANTISSA_BITS = 53;
    /** The exponent of the least significant bit of the smallest subnormal double. */
    private static final int MIN_LSB_EXPONENT = -1074;
    private static final int MAX_EXPONENT = Double.MAX_EXPONENT;

    private IntToFloat() {
    }

    /** {@code float(value)}: OverflowError when it rounds beyond the largest double. */
    @TruffleBoundary
    public static double convert(BigInteger value) {
        double result = value.doubleValue();
        if (Double.isInfinite(result)) {
            throw PythonErrors.overflowError("int too large to convert to float");
        }
        return result;
    }

    /** {@code a / b} for ints: exact double division when both convert exactly. */
    public static double trueDivide(long a, long b) {
        if (b == 0) {
            throw PythonErrors.zeroDivisionError("division by zero");
        }
        if (Math.abs(a) <= EXACT_LIMIT && Math.abs(b) <= EXACT_LIMIT && a != Long.MIN_VALUE && b != Long.MIN_VALUE) {
            return (double) a / (double) b;
        }
        return trueDivide(BigInteger.valueOf(a), BigInteger.valueOf(b));
    }

    /**
     * {@code a / b} for ints of any size: the double nearest the exact quotient, ties to even;
     * ZeroDivisionError for b == 0, OverflowError beyond the largest double.
     */
    @TruffleBoundary
    public static double trueDivide(BigInteger a, BigInteger b) {
        if (b.signum() == 0) {
            throw PythonErrors.zeroDivisionError("division by zero");
        }
        boolean negative = (a.signum() < 0) != (b.signum() < 0);
        BigInteger n = a.abs();
        BigInteger d = b.abs();
        if (n.signum() == 0) {
            return negative ? -0.0 : 0.0;
        }
        // The quotient lies in [2^(shift-1), 2^(shift+1)).
        int shift = n.bitLength() - d.bitLength();
        if (shift > MAX_EXPONENT + 1) {
            throw tooLarge();
        }
        // Integer quotient q of n / (d * 2^scale), with at least two bits below the result's last.
        int scale = Math.max(shift - MANTISSA_BITS - 3, MIN_LSB_EXPONENT - 2);
        BigInteger[] division = scale < 0 ? n.shiftLeft(-scale).divideAndRemainder(d) : n.divideAndRemainder(d.shiftLeft(scale));
        BigInteger q = division[0];
        boolean inexact = division[1].signum() != 0;

        int topExponent = scale + q.bitLength() - 1;
        int lsbExponent = Math.max(topExponent - (MANTISSA_BITS - 1), MIN_LSB_EXPONENT);
        int dropped = lsbExponent - scale;
        BigInteger mantissa = q.shiftRight(dropped);
        boolean half = q.testBit(dropped - 1);
        boolean belowHalf = inexact || q.getLowestSetBit() < dropped - 1;
        if (half && (belowHalf || mantissa.testBit(0))) {
            mantissa = mantissa.add(BigInteger.ONE);
        }
        double result = Math.scalb(mantissa.doubleValue(), lsbExponent);
        if (Double.isInfinite(result)) {
            throw tooLarge();
        }
        return negative ? -result : result;
    }

    private static PException tooLarge() {
        return PythonErrors.overflowError("integer division result too large for a float");
    }
}
