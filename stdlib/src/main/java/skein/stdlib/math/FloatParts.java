package skein.stdlib.math;

import skein.interpreter.runtime.IntOps;
import skein.interpreter.runtime.Numbers;
import skein.interpreter.runtime.exception.PythonErrors;

/**
 * The functions that take floats apart or compare them: {@code frexp}, {@code ldexp},
 * {@code modf}, {@code fmod}, {@code remainder}, {@code ulp}, {@code isclose}, with the special
 * values handled as C99 and CPython handle them.
 */
final class FloatParts {

    private FloatParts() {
    }

    /** {@code (m, e)} with {@code x == m * 2**e} and {@code 0.5 <= abs(m) < 1}. */
    static Object[] frexp(double x) {
        if (x == 0 || !Double.isFinite(x)) {
            return new Object[]{x, 0L};
        }
        int exponent = Math.getExponent(x);
        if (exponent == Double.MIN_EXPONENT - 1) {
            exponent = Math.getExponent(x * 0x1p54) - 54;
        }
        return new Object[]{Math.scalb(x, -(exponent + 1)), (long) (exponent + 1)};
    }

    /** {@code x * 2**i}; any int exponent, however large. */
    static double ldexp(double x, Object i) {
        Object exponent = Numbers.intValueOrNull(i);
        if (exponent == null) {
            throw PythonErrors.typeError("Expected an int as second argument to ldexp.");
        }
        if (x == 0 || !Double.isFinite(x)) {
            return x;
        }
        // Beyond +-100000 every finite x has over- or underflowed, so the exponent is clamped.
        int e;
        if (exponent instanceof Long l) {
            e = (int) Math.max(Math.min(l, 100_000), -100_000);
        } else {
            e = IntOps.compare(exponent, 0L) > 0 ? 100_000 : -100_000;
        }
        double result = Math.scalb(x, e);
        if (Double.isInfinite(result)) {
            throw MathErrors.rangeError();
        }
        return result;
    }

    /** {@code (fractional part, integral part)}, both carrying the sign of x. */
    static Object[] modf(double x) {
        if (Double.isInfinite(x)) {
            return new Object[]{Math.copySign(0.0, x), x};
        }
        if (Double.isNaN(x)) {
            return new Object[]{x, x};
        }
        double integral = x < 0 ? Math.ceil(x) : Math.floor(x);
        return new Object[]{Math.copySign(x - integral, x), integral};
    }

    static double fmod(double x, double y) {
        if (Double.isInfinite(y) && Double.isFinite(x)) {
            return x;
        }
        double result = x % y;
        if (Double.isNaN(result) && !Double.isNaN(x) && !Double.isNaN(y)) {
            throw MathErrors.domainError();
        }
        return result;
    }

    /** IEEE 754 remainder: {@code x - n*y} for the integer n nearest {@code x/y}, ties to even. */
    static double remainder(double x, double y) {
        if (Double.isNaN(x)) {
            return x;
        }
        if (Double.isNaN(y)) {
            return y;
        }
        if (Double.isInfinite(x) || y == 0) {
            throw MathErrors.domainError();
        }
        if (Double.isInfinite(y)) {
            return x;
        }
        return Math.IEEEremainder(x, y);
    }

    /** The gap from {@code abs(x)} to the next larger float (to the next smaller at the top). */
    static double ulp(double x) {
        if (Double.isNaN(x) || Double.isInfinite(x)) {
            return Math.abs(x);
        }
        double a = Math.abs(x);
        if (a == Double.MAX_VALUE) {
            return a - Math.nextDown(a);
        }
        return Math.nextUp(a) - a;
    }

    static boolean isclose(double a, double b, double relTol, double absTol) {
        if (relTol < 0 || absTol < 0) {
            throw PythonErrors.valueError("tolerances must be non-negative");
        }
        if (a == b) {
            return true;
        }
        if (Double.isInfinite(a) || Double.isInfinite(b)) {
            return false;
        }
        double diff = Math.abs(b - a);
        return diff <= Math.abs(relTol * b) || diff <= Math.abs(relTol * a) || diff <= absTol;
    }
}
