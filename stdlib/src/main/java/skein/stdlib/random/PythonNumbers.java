package skein.stdlib.random;

import java.math.BigDecimal;
import java.math.BigInteger;

import skein.interpreter.runtime.exception.PythonErrors;

/**
 * Python's int and float arithmetic on Java numbers, as {@code choices} and {@code sample}
 * need it for weights and counts: {@link Long}, {@link Integer} and {@link BigInteger} are
 * Python ints (exact, unbounded), {@link Double} is a Python float, and mixing them turns
 * the int into a float the way Python does.
 */
final class PythonNumbers {

    private static final long EXACT_DOUBLE_LIMIT = 1L << 53;

    private PythonNumbers() {
    }

    static boolean isInt(Number n) {
        return n instanceof Long || n instanceof Integer || n instanceof Short
                || n instanceof Byte || n instanceof BigInteger;
    }

    /** Python's {@code a + b}. */
    static Number add(Number a, Number b) {
        if (isInt(a) && isInt(b)) {
            if (!(a instanceof BigInteger) && !(b instanceof BigInteger)) {
                long x = a.longValue();
                long y = b.longValue();
                long sum = x + y;
                if (((x ^ sum) & (y ^ sum)) >= 0) {
                    return sum;
                }
            }
            return toBigInteger(a).add(toBigInteger(b));
        }
        return toFloat(a) + toFloat(b);
    }

    /** Python's {@code float(n)}: a correctly rounded conversion that refuses to overflow. */
    static double toFloat(Number n) {
        if (!isInt(n)) {
            return n.doubleValue();
        }
        double value = n instanceof BigInteger big ? big.doubleValue() : (double) n.longValue();
        if (Double.isInfinite(value)) {
            throw PythonErrors.overflowError("int too large to convert to float");
        }
        return value;
    }

    static BigInteger toBigInteger(Number n) {
        return n instanceof BigInteger big ? big : BigInteger.valueOf(n.longValue());
    }

    /** Python's {@code x < y} for a float and an int or float, exact even for huge ints. */
    static boolean floatLessThan(double x, Number y) {
        if (!isInt(y)) {
            return x < y.doubleValue();
        }
        if (!(y instanceof BigInteger)) {
            long v = y.longValue();
            if (-EXACT_DOUBLE_LIMIT <= v && v <= EXACT_DOUBLE_LIMIT) {
                return x < (double) v;
            }
        }
        if (Double.isNaN(x)) {
            return false;
        }
        if (Double.isInfinite(x)) {
            return x < 0;
        }
        return new BigDecimal(x).compareTo(new BigDecimal(toBigInteger(y))) < 0;
    }
}
