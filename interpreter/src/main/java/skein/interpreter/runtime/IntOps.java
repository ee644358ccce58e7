package skein.interpreter.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import skein.interpreter.runtime.exception.PythonErrors;
import skein.interpreter.runtime.format.FloatArithmetic;
import skein.interpreter.runtime.format.IntToFloat;

import java.math.BigInteger;

/**
 * Python {@code int} arithmetic on its two Java forms: {@code long} when the value fits, and
 * {@link BigInteger} otherwise. Every result is normalized back to a long when it fits, so a
 * value has one form only.
 */
public final class IntOps {

    private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    private IntOps() {
    }

    public static Object normalize(BigInteger value) {
        if (value.bitLength() < 64) {
            return value.longValue();
        }
        return value;
    }

    public static BigInteger big(Object value) {
        if (value instanceof Long l) {
            return BigInteger.valueOf(l);
        } else if (value instanceof Boolean b) {
            return b ? BigInteger.ONE : BigInteger.ZERO;
        }
        return (BigInteger) value;
    }

    /** True for the Java forms of a Python int (bool included). */
    public static boolean isInt(Object value) {
        return value instanceof Long || value instanceof BigInteger || value instanceof Boolean;
    }

    /** A Python int (or bool) as a long or a BigInteger; bools become 0 or 1. */
    public static Object asIntValue(Object value) {
        if (value instanceof Boolean b) {
            return b ? 1L : 0L;
        }
        return value;
    }

    @TruffleBoundary
    public static Object add(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) {
            long r = x + y;
            if (((x ^ r) & (y ^ r)) < 0) {
                return big(a).add(big(b));
            }
            return r;
        }
        return normalize(big(a).add(big(b)));
    }

    @TruffleBoundary
    public static Object sub(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) {
            long r = x - y;
            if (((x ^ y) & (x ^ r)) < 0) {
                return big(a).subtract(big(b));
            }
            return r;
        }
        return normalize(big(a).subtract(big(b)));
    }

    @TruffleBoundary
    public static Object mul(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) {
            long hi = Math.multiplyHigh(x, y);
            long lo = x * y;
            if ((hi == 0 && lo >= 0) || (hi == -1 && lo < 0)) {
                return lo;
            }
            return big(a).multiply(big(b));
        }
        return normalize(big(a).multiply(big(b)));
    }

    public static long floorDiv(long a, long b) {
        if (b == 0) {
            throw PythonErrors.zeroDivisionError("integer division or modulo by zero");
        }
        return Math.floorDiv(a, b);
    }

    public static long floorMod(long a, long b) {
        if (b == 0) {
            throw PythonErrors.zeroDivisionError("integer modulo by zero");
        }
        return Math.floorMod(a, b);
    }

    @TruffleBoundary
    public static Object floorDiv(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y && !(x == Long.MIN_VALUE && y == -1)) {
            return floorDiv((long) x, (long) y);
        }
        BigInteger[] qr = divmodBig(big(a), big(b));
        return normalize(qr[0]);
    }

    @TruffleBoundary
    public static Object mod(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y && y != -1) {
            return floorMod((long) x, (long) y);
        }
        if (isZero(b)) {
            throw PythonErrors.zeroDivisionError("integer modulo by zero");
        }
        BigInteger[] qr = divmodBig(big(a), big(b));
        return normalize(qr[1]);
    }

    /** Floor division and modulo together: the remainder has the divisor's sign. */
    @TruffleBoundary
    public static BigInteger[] divmodBig(BigInteger a, BigInteger b) {
        if (b.signum() == 0) {
            throw PythonErrors.zeroDivisionError("integer division or modulo by zero");
        }
        BigInteger[] qr = a.divideAndRemainder(b);
        if (qr[1].signum() != 0 && qr[1].signum() != b.signum()) {
            qr[0] = qr[0].subtract(BigInteger.ONE);
            qr[1] = qr[1].add(b);
        }
        return qr;
    }

    /** {@code a / b} for ints: the correctly rounded quotient, as CPython computes it. */
    @TruffleBoundary
    public static double trueDivide(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) {
            return IntToFloat.trueDivide(x, y);
        }
        return IntToFloat.trueDivide(big(a), big(b));
    }

    @TruffleBoundary
    public static Object pow(Object a, Object b) {
        BigInteger exponent = big(b);
        if (exponent.signum() < 0) {
            return FloatArithmetic.pow(toDouble(a), IntToFloat.convert(exponent));
        }
        BigInteger base = big(a);
        if (exponent.bitLength() > 31) {
            if (base.equals(BigInteger.ONE) || base.signum() == 0) {
                return normalize(base);
            }
            if (base.equals(BigInteger.ONE.negate())) {
                return exponent.testBit(0) ? -1L : 1L;
            }
            throw PythonErrors.memoryError();
        }
        int e = exponent.intValue();
        if (a instanceof Long x && e < 64) {
            long result = 1;
            long factor = x;
            int remaining = e;
            boolean overflow = false;
            while (remaining > 0) {
                if ((remaining & 1) != 0) {
                    long hi = Math.multiplyHigh(result, factor);
                    long lo = result * factor;
                    if (!((hi == 0 && lo >= 0) || (hi == -1 && lo < 0))) {
                        overflow = true;
                        break;
                    }
                    result = lo;
                }
                remaining >>= 1;
                if (remaining > 0) {
                    long hi = Math.multiplyHigh(factor, factor);
                    long lo = factor * factor;
                    if (!((hi == 0 && lo >= 0) || (hi == -1 && lo < 0))) {
                        overflow = true;
                        break;
                    }
                    factor = lo;
                }
            }
            if (!overflow) {
                return result;
            }
        }
        return normalize(base.pow(e));
    }

    /** Three-argument {@code pow(base, exp, mod)}. */
    @TruffleBoundary
    public static Object powMod(Object a, Object b, Object m) {
        BigInteger modulus = big(m);
        if (modulus.signum() == 0) {
            throw PythonErrors.valueError("pow() 3rd argument cannot be 0");
        }
        BigInteger exponent = big(b);
        BigInteger base = big(a);
        BigInteger absMod = modulus.abs();
        BigInteger result;
        if (exponent.signum() < 0) {
            try {
                result = base.modInverse(absMod).modPow(exponent.negate(), absMod);
            } catch (ArithmeticException e) {
                throw PythonErrors.valueError("base is not invertible for the given modulus");
            }
        } else {
            result = base.modPow(exponent, absMod);
        }
        if (modulus.signum() < 0 && result.signum() != 0) {
            result = result.add(modulus);
        }
        return normalize(result);
    }

    @TruffleBoundary
    public static Object lshift(Object a, Object b) {
        BigInteger count = big(b);
        if (count.signum() < 0) {
            throw PythonErrors.valueError("negative shift count");
        }
        BigInteger value = big(a);
        if (value.signum() == 0) {
            return 0L;
        }
        if (count.bitLength() > 31) {
            throw PythonErrors.overflowError("too many digits in integer");
        }
        int n = count.intValue();
        if (a instanceof Long x && n < 63) {
            long shifted = x << n;
            if ((shifted >> n) == x) {
                return shifted;
            }
        }
        return normalize(value.shiftLeft(n));
    }

    @TruffleBoundary
    public static Object rshift(Object a, Object b) {
        BigInteger count = big(b);
        if (count.signum() < 0) {
            throw PythonErrors.valueError("negative shift count");
        }
        if (a instanceof Long x) {
            return count.compareTo(BigInteger.valueOf(63)) > 0 ? (x < 0 ? -1L : 0L) : x >> count.intValue();
        }
        int n = count.bitLength() > 31 ? Integer.MAX_VALUE : count.intValue();
        return normalize(big(a).shiftRight(n));
    }

    @TruffleBoundary
    public static Object and(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) {
            return x & y;
        }
        return normalize(big(a).and(big(b)));
    }

    @TruffleBoundary
    public static Object or(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) {
            return x | y;
        }
        return normalize(big(a).or(big(b)));
    }

    @TruffleBoundary
    public static Object xor(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) {
            return x ^ y;
        }
        return normalize(big(a).xor(big(b)));
    }

    @TruffleBoundary
    public static Object negate(Object a) {
        if (a instanceof Long x && x != Long.MIN_VALUE) {
            return -x;
        }
        return normalize(big(a).negate());
    }

    @TruffleBoundary
    public static Object invert(Object a) {
        if (a instanceof Long x) {
            return ~x;
        }
        return normalize(big(a).not());
    }

    @TruffleBoundary
    public static Object abs(Object a) {
        if (a instanceof Long x && x != Long.MIN_VALUE) {
            return Math.abs(x);
        }
        return normalize(big(a).abs());
    }

    @TruffleBoundary
    public static int compare(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) {
            return Long.compare(x, y);
        }
        return big(a).compareTo(big(b));
    }

    /** {@code float(int)}: correctly rounded; OverflowError when too large. */
    @TruffleBoundary
    public static double toDouble(Object a) {
        if (a instanceof Long x) {
            return x;
        } else if (a instanceof Boolean b) {
            return b ? 1.0 : 0.0;
        }
        return IntToFloat.convert((BigInteger) a);
    }

    /** The value as a Java long, or OverflowError with CPython's wording for C longs. */
    @TruffleBoundary
    public static long toLong(Object a) {
        if (a instanceof Long x) {
            return x;
        } else if (a instanceof Boolean b) {
            return b ? 1 : 0;
        }
        throw PythonErrors.overflowError("Python int too large to convert to C long");
    }

    public static boolean fitsInLong(BigInteger value) {
        return value.compareTo(LONG_MIN) >= 0 && value.compareTo(LONG_MAX) <= 0;
    }

    public static boolean isZero(Object a) {
        if (a instanceof Long x) {
            return x == 0;
        } else if (a instanceof Boolean b) {
            return !b;
        }
        return ((BigInteger) a).signum() == 0;
    }
}
