package skein.stdlib.random;

import skein.interpreter.runtime.exception.PythonErrors;

/**
 * The few {@code math} functions and float operators the distributions use, with CPython's
 * errors: a domain error is a ValueError, an overflow an OverflowError, a zero divisor a
 * ZeroDivisionError (where Java would quietly return an infinity or a NaN).
 *
 * <p>The transcendental functions come from {@link Math}. CPython takes them from the C
 * library, whose last bit differs from Java's in roughly one call in a thousand, so the
 * distributions built on them ({@code gauss}, {@code expovariate}, ...) can differ from
 * CPython by an ulp or so; everything else here is exact.
 */
final class PythonMath {

    private static final String DOMAIN_ERROR = "math domain error";

    private PythonMath() {
    }

    static double log(double x) {
        if (x > 0 || Double.isNaN(x)) {
            return Math.log(x);
        }
        throw PythonErrors.valueError(DOMAIN_ERROR);
    }

    static double exp(double x) {
        double result = Math.exp(x);
        if (Double.isInfinite(result) && Double.isFinite(x)) {
            throw PythonErrors.overflowError("math range error");
        }
        return result;
    }

    static double sqrt(double x) {
        if (x < 0) {
            throw PythonErrors.valueError(DOMAIN_ERROR);
        }
        return Math.sqrt(x);
    }

    static double cos(double x) {
        if (Double.isInfinite(x)) {
            throw PythonErrors.valueError(DOMAIN_ERROR);
        }
        return Math.cos(x);
    }

    static double sin(double x) {
        if (Double.isInfinite(x)) {
            throw PythonErrors.valueError(DOMAIN_ERROR);
        }
        return Math.sin(x);
    }

    static double acos(double x) {
        if (Math.abs(x) > 1) {
            throw PythonErrors.valueError(DOMAIN_ERROR);
        }
        return Math.acos(x);
    }

    /** Python's float {@code /}. */
    static double divide(double dividend, double divisor) {
        if (divisor == 0) {
            throw PythonErrors.zeroDivisionError("float division by zero");
        }
        return dividend / divisor;
    }

    /** Python's float {@code %}: the result takes the divisor's sign. */
    static double modulo(double dividend, double divisor) {
        if (divisor == 0) {
            throw PythonErrors.zeroDivisionError("float modulo");
        }
        double mod = dividend % divisor;
        if (mod != 0) {
            if ((divisor < 0) != (mod < 0)) {
                mod += divisor;
            }
        } else {
            mod = Math.copySign(0.0, divisor);
        }
        return mod;
    }

    /**
     * Python's float {@code **} for a base the distributions never make negative unless the
     * exponent is an integer (a negative base with a fractional exponent gives a complex
     * number in Python, which no caller here can produce).
     */
    static double pow(double base, double exponent) {
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
        boolean oddExponent = Math.abs(exponent) % 2.0 == 1.0;
        if (Double.isInfinite(base)) {
            if (exponent > 0) {
                return oddExponent ? base : Math.abs(base);
            }
            return oddExponent ? Math.copySign(0.0, base) : 0.0;
        }
        if (base == 0.0) {
            if (exponent < 0) {
                throw PythonErrors.zeroDivisionError("0.0 cannot be raised to a negative power");
            }
            return oddExponent ? base : 0.0;
        }
        boolean negate = false;
        if (base < 0) {
            if (exponent != Math.floor(exponent)) {
                throw new IllegalArgumentException("a negative base with a fractional exponent has a complex result");
            }
            base = -base;
            negate = oddExponent;
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
}
