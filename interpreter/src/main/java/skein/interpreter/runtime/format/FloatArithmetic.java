package skein.interpreter.runtime.format;

import skein.interpreter.runtime.exception.PythonErrors;

/**
 * CPython's float operators where they differ from Java's: {@code //}, {@code %} and
 * {@code divmod} take the sign of the divisor; division by zero raises; {@code **} has
 * CPython's special cases and raises on overflow.
 */
public final class FloatArithmetic {

    /** The quotient and remainder of {@code divmod(a, b)}. */
    public record DivMod(double quotient, double remainder) {
    }

    private FloatArithmetic() {
    }

    /** {@code a / b}. */
    public static double trueDivide(double a, double b) {
        if (b == 0.0) {
            throw PythonErrors.zeroDivisionError("float division by zero");
        }
        return a / b;
    }

    /** {@code a % b}: the remainder has the divisor's sign; a zero remainder too. */
    public static double modulo(double a, double b) {
        if (b == 0.0) {
            throw PythonErrors.zeroDivisionError("float modulo");
        }
        return remainder(a, b);
    }

    /** {@code a // b}. */
    public static double floorDivide(double a, double b) {
        if (b == 0.0) {
            throw PythonErrors.zeroDivisionError("float floor division by zero");
        }
        return divideAndModulo(a, b).quotient();
    }

    /** {@code divmod(a, b)}. */
    public static DivMod divmod(double a, double b) {
        if (b == 0.0) {
            throw PythonErrors.zeroDivisionError("float divmod()");
        }
        return divideAndModulo(a, b);
    }

    private static double remainder(double a, double b) {
        double mod = a % b; // C's fmod: exact, with the dividend's sign
        if (mod != 0.0) {
            if ((b < 0) != (mod < 0)) {
                mod += b;
            }
        } else {
            mod = Math.copySign(0.0, b);
        }
        return mod;
    }

    /**
     * The quotient is (a - mod) / b moved to the floor and snapped to the nearest integer,
     * since the subtraction and division may leave it a little off.
     */
    private static DivMod divideAndModulo(double a, double b) {
        double mod = a % b;
        double div = (a - mod) / b;
        if (mod != 0.0) {
            if ((b < 0) != (mod < 0)) {
                mod += b;
                div -= 1.0;
            }
        } else {
            mod = Math.copySign(0.0, b);
        }
        double floorDiv;
        if (div != 0.0) {
            floorDiv = Math.floor(div);
            if (div - floorDiv > 0.5) {
                floorDiv += 1.0;
            }
        } else {
            floorDiv = Math.copySign(0.0, a / b);
        }
        return new DivMod(floorDiv, mod);
    }

    /**
     * Whether {@code base ** exponent} is a complex number in Python: a negative finite base
     * to a finite non-integral power. {@link #pow} does not handle these.
     */
    public static boolean powIsComplex(double base, double exponent) {
        return base < 0 && !Double.isInfinite(base) && Double.isFinite(exponent) && exponent != Math.floor(exponent);
    }

    /**
     * {@code base ** exponent} for floats with a real result: ZeroDivisionError for 0.0 to a
     * negative power, OverflowError when a finite result is too large.
     *
     * @throws IllegalArgumentException when {@link #powIsComplex} holds; the caller must take
     *         the complex route instead
     */
    public static double pow(double base, double exponent) {
        if (exponent == 0) {
            return 1.0;
        }
        if (Double.isNaN(base)) {
            return base;
        }
        if (Double.isNaN(exponent)) {
            return base == 1.0 ? 1.0 : exponent;
        }
        if (Double.isInfinite(exponent)) {
            double magnitude = Math.abs(base);
            if (magnitude == 1.0) {
                return 1.0;
            }
            return (exponent > 0) == (magnitude > 1.0) ? Double.POSITIVE_INFINITY : 0.0;
        }
        boolean oddIntegerExponent = isOddInteger(exponent);
        if (Double.isInfinite(base)) {
            if (exponent > 0) {
                return oddIntegerExponent ? base : Math.abs(base);
            }
            return oddIntegerExponent ? Math.copySign(0.0, base) : 0.0;
        }
        if (base == 0.0) {
            if (exponent < 0) {
                throw PythonErrors.zeroDivisionError("0.0 cannot be raised to a negative power");
            }
            return oddIntegerExponent ? base : 0.0;
        }
        boolean negate = false;
        if (base < 0) {
            if (exponent != Math.floor(exponent)) {
                throw new IllegalArgumentException("negative float to a fractional power is complex");
            }
            base = -base;
            negate = oddIntegerExponent;
        }
        if (base == 1.0) {
            return negate ? -1.0 : 1.0;
        }
        double result = Math.pow(base, exponent);
        if (Double.isInfinite(result)) {
            throw PythonErrors.overflowError("(34, 'Numerical result out of range')");
        }
        return negate ? -result : result;
    }

    private static boolean isOddInteger(double x) {
        return Math.abs(x) < 0x1p53 && x == Math.floor(x) && ((long) x & 1) != 0;
    }
}
