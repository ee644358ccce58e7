package skein.stdlib.math;

import skein.interpreter.objects.PNone;
import skein.interpreter.runtime.IntOps;
import skein.interpreter.runtime.Numbers;
import skein.interpreter.runtime.exception.PythonErrors;

import java.math.BigInteger;

/**
 * The exact integer functions: {@code factorial}, {@code gcd}, {@code lcm}, {@code isqrt},
 * {@code comb} and {@code perm}, on ints of any size (arguments through {@code __index__}).
 * Long products are multiplied by binary splitting, so that BigInteger's fast multiplication
 * works on operands of similar size.
 */
final class IntegerFunctions {

    private static final long[] SMALL_FACTORIALS = new long[21];

    static {
        SMALL_FACTORIALS[0] = 1;
        for (int i = 1; i < SMALL_FACTORIALS.length; i++) {
            SMALL_FACTORIALS[i] = SMALL_FACTORIALS[i - 1] * i;
        }
    }

    private IntegerFunctions() {
    }

    static Object factorial(Object n) {
        Object value = Numbers.index(n);
        if (IntOps.compare(value, 0L) < 0) {
            throw PythonErrors.valueError("factorial() not defined for negative values");
        }
        if (!(value instanceof Long count)) {
            throw PythonErrors.overflowError("factorial() argument should not exceed " + Long.MAX_VALUE);
        }
        return factorialOf(count);
    }

    private static Object factorialOf(long n) {
        if (n < SMALL_FACTORIALS.length) {
            return SMALL_FACTORIALS[(int) n];
        }
        return IntOps.normalize(rangeProduct(BigInteger.TWO, n - 1));
    }

    static Object gcd(Object[] integers) {
        BigInteger result = BigInteger.ZERO;
        long small = 0;
        boolean isSmall = true;
        for (Object integer : integers) {
            Object value = Numbers.index(integer);
            if (isSmall && value instanceof Long l && l != Long.MIN_VALUE) {
                small = longGcd(small, Math.abs(l));
            } else {
                if (isSmall) {
                    result = BigInteger.valueOf(small);
                    isSmall = false;
                }
                result = result.gcd(IntOps.big(value));
            }
        }
        return isSmall ? (Object) small : IntOps.normalize(result);
    }

    private static long longGcd(long a, long b) {
        while (b != 0) {
            long t = a % b;
            a = b;
            b = t;
        }
        return a;
    }

    static Object lcm(Object[] integers) {
        BigInteger result = BigInteger.ONE;
        for (Object integer : integers) {
            BigInteger value = IntOps.big(Numbers.index(integer));
            if (value.signum() == 0) {
                result = BigInteger.ZERO;
                continue;
            }
            if (result.signum() != 0) {
                result = result.divide(result.gcd(value)).multiply(value).abs();
            }
        }
        return IntOps.normalize(result);
    }

    static Object isqrt(Object n) {
        Object value = Numbers.index(n);
        if (IntOps.compare(value, 0L) < 0) {
            throw PythonErrors.valueError("isqrt() argument must be nonnegative");
        }
        if (value instanceof Long l) {
            if (l < 2) {
                return l;
            }
            // The double square root may be one off for values above 2**52: step to the floor.
            long root = (long) Math.sqrt((double) l);
            while (root > l / root) {
                root--;
            }
            while (root + 1 <= l / (root + 1)) {
                root++;
            }
            return root;
        }
        return IntOps.normalize(((BigInteger) value).sqrt());
    }

    /** {@code comb(n, k)}: ways to choose k of n items, without order. */
    static Object comb(Object nArg, Object kArg) {
        BigInteger n = nonNegative(nArg, "n");
        BigInteger k = nonNegative(kArg, "k");
        if (k.compareTo(n) > 0) {
            return 0L;
        }
        BigInteger smaller = k.min(n.subtract(k));
        if (smaller.bitLength() > 63) {
            throw PythonErrors.overflowError("min(n - k, k) must not exceed " + Long.MAX_VALUE);
        }
        long r = smaller.longValueExact();
        if (r == 0) {
            return 1L;
        }
        BigInteger falling = rangeProduct(n.subtract(BigInteger.valueOf(r - 1)), r);
        return IntOps.normalize(falling.divide(IntOps.big(factorialOf(r))));
    }

    /** {@code perm(n, k=None)}: ways to arrange k of n items; all n when k is None. */
    static Object perm(Object nArg, Object kArg) {
        if (kArg == PNone.NONE) {
            BigInteger n = nonNegative(nArg, "n");
            if (n.bitLength() > 63) {
                throw PythonErrors.overflowError("n must not exceed " + Long.MAX_VALUE);
            }
            return factorialOf(n.longValueExact());
        }
        BigInteger n = nonNegative(nArg, "n");
        BigInteger k = nonNegative(kArg, "k");
        if (k.compareTo(n) > 0) {
            return 0L;
        }
        if (k.bitLength() > 63) {
            throw PythonErrors.overflowError("k must not exceed " + Long.MAX_VALUE);
        }
        long count = k.longValueExact();
        if (count == 0) {
            return 1L;
        }
        return IntOps.normalize(rangeProduct(n.subtract(BigInteger.valueOf(count - 1)), count));
    }

    private static BigInteger nonNegative(Object arg, String name) {
        BigInteger value = IntOps.big(Numbers.index(arg));
        if (value.signum() < 0) {
            throw PythonErrors.valueError(name + " must be a non-negative integer");
        }
        return value;
    }

    /** {@code start * (start+1) * ... * (start+count-1)}, split in halves of similar size. */
    static BigInteger rangeProduct(BigInteger start, long count) {
        if (count <= 16) {
            BigInteger product = BigInteger.ONE;
            BigInteger factor = start;
            for (long i = 0; i < count; i++) {
                product = product.multiply(factor);
                factor = factor.add(BigInteger.ONE);
            }
            return product;
        }
        long half = count / 2;
        return rangeProduct(start, half).multiply(rangeProduct(start.add(BigInteger.valueOf(half)), count - half));
    }
}
