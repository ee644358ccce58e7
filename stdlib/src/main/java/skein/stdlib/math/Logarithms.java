package skein.stdlib.math;

import skein.interpreter.runtime.Numbers;
import skein.interpreter.runtime.exception.PythonErrors;

import java.math.BigInteger;
import java.util.function.DoubleUnaryOperator;

/**
 * {@code log}, {@code log2}, {@code log10} and {@code log1p}. An int argument of any size is
 * accepted: when it does not fit in a float, its logarithm is taken from its mantissa and
 * binary exponent, as CPython does.
 */
final class Logarithms {

    private Logarithms() {
    }

    static double log(Object x) {
        return logOf(x, Logarithms::naturalLog);
    }

    /** {@code log(x, base)}: the quotient of two natural logarithms. */
    static double log(Object x, Object base) {
        double numerator = logOf(x, Logarithms::naturalLog);
        double denominator = logOf(base, Logarithms::naturalLog);
        if (denominator == 0.0) {
            throw PythonErrors.zeroDivisionError("float division by zero");
        }
        return numerator / denominator;
    }

    static double log2(Object x) {
        return logOf(x, Logarithms::binaryLog);
    }

    static double log10(Object x) {
        return logOf(x, Logarithms::decimalLog);
    }

    static double log1p(Object x) {
        double v = Numbers.asDouble(x);
        return MathErrors.checked(v, Math.log1p(v), false);
    }

    /** CPython's loghelper: ints by sign, mantissa and exponent; everything else as a float. */
    private static double logOf(Object x, DoubleUnaryOperator log) {
        Object integer = Numbers.intValueOrNull(x);
        if (integer == null) {
            double v = Numbers.asDouble(x);
            return MathErrors.checked(v, log.applyAsDouble(v), false);
        }
        if (integer instanceof Long l) {
            if (l <= 0) {
                throw MathErrors.domainError();
            }
            return log.applyAsDouble(l);
        }
        BigInteger big = (BigInteger) integer;
        if (big.signum() <= 0) {
            throw MathErrors.domainError();
        }
        double asDouble = big.doubleValue();
        if (Double.isFinite(asDouble)) {
            return log.applyAsDouble(asDouble);
        }
        int exponent = big.bitLength();
        return log.applyAsDouble(mantissa(big, exponent)) + log.applyAsDouble(2.0) * exponent;
    }

    /**
     * {@code big / 2**exponent} (in [0.5, 1]) rounded to a double: the top 55 bits with a sticky
     * bit for everything below, so that the one conversion to double rounds correctly.
     */
    private static double mantissa(BigInteger big, int exponent) {
        int dropped = exponent - 55;
        long top = big.shiftRight(dropped).longValue();
        if (big.getLowestSetBit() < dropped) {
            top |= 1;
        }
        return Math.scalb((double) top, -55);
    }

    private static double naturalLog(double x) {
        if (x > 0 || Double.isNaN(x)) {
            return Math.log(x);
        }
        return x == 0 ? Double.NEGATIVE_INFINITY : Double.NaN;
    }

    private static double decimalLog(double x) {
        if (x > 0 || Double.isNaN(x)) {
            return StrictMath.log10(x);
        }
        return x == 0 ? Double.NEGATIVE_INFINITY : Double.NaN;
    }

    private static double binaryLog(double x) {
        if (x > 0 && Double.isFinite(x)) {
            return BinaryLogarithm.of(x);
        }
        if (x > 0 || Double.isNaN(x)) {
            return x;
        }
        return x == 0 ? Double.NEGATIVE_INFINITY : Double.NaN;
    }
}
