package skein.interpreter.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import skein.interpreter.runtime.exception.PythonErrors;

/** Python {@code float} arithmetic where it differs from Java's: floor division, modulo, powers. */
public final class FloatOps {

    private FloatOps() {
    }

    public static double divide(double a, double b) {
        if (b == 0.0) {
            throw PythonErrors.zeroDivisionError("float division by zero");
        }
        return a / b;
    }

    /** {@code a % b}: the result takes the divisor's sign. */
    public static double mod(double a, double b) {
        if (b == 0.0) {
            throw PythonErrors.zeroDivisionError("float modulo");
        }
        double mod = a % b;
        if (mod != 0.0) {
            if ((b < 0) != (mod < 0)) {
                mod += b;
            }
        } else {
            mod = Math.copySign(0.0, b);
        }
        return mod;
    }

    public static double floorDiv(double a, double b) {
        if (b == 0.0) {
            throw PythonErrors.zeroDivisionError("float floor division by zero");
        }
        return divmod(a, b)[0];
    }

    /** {@code divmod(a, b)} as CPython computes it, so that both parts agree with each other. */
    public static double[] divmod(double a, double b) {
        if (b == 0.0) {
            throw PythonErrors.zeroDivisionError("float divmod()");
        }
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
        return new double[]{floorDiv, mod};
    }

    /** {@code a ** b} with C99's special cases, which Java's Math.pow does not all share. */
    @TruffleBoundary
    public static double pow(double a, double b) {
        if (b == 0.0 || a == 1.0) {
            return 1.0;
        }
        if (Double.isNaN(a) || Double.isNaN(b)) {
            return Double.NaN;
        }
        if (Double.isInfinite(b)) {
            double absA = Math.abs(a);
            if (absA == 1.0) {
                return 1.0;
            }
            return (b > 0) == (absA > 1.0) ? Double.POSITIVE_INFINITY : 0.0;
        }
        if (a == 0.0 && b < 0) {
            throw PythonErrors.zeroDivisionError("0.0 cannot be raised to a negative power");
        }
        if (a < 0 && !Double.isInfinite(a) && b != Math.rint(b)) {
            throw PythonErrors.valueError("negative number cannot be raised to a fractional power");
        }
        double result = Math.pow(a, b);
        if (Double.isInfinite(result) && !Double.isInfinite(a)) {
            throw PythonErrors.overflowError("(34, 'Numerical result out of range')");
        }
        return result;
    }
}
