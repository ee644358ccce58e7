package skein.stdlib.math;

import skein.interpreter.runtime.exception.PException;
import skein.interpreter.runtime.exception.PythonErrors;

/**
 * The two errors of CPython's math module, and the check it applies to every one-argument
 * float function: a NaN made from a non-NaN argument is a domain error, an infinity made from
 * a finite argument is an overflow (or, for functions that cannot overflow, such as
 * {@code log(0)}, a domain error).
 */
final class MathErrors {

    private MathErrors() {
    }

    static PException domainError() {
        return PythonErrors.valueError("math domain error");
    }

    static PException rangeError() {
        return PythonErrors.overflowError("math range error");
    }

    /** Returns {@code result} of {@code f(x)} or raises the error CPython derives from it. */
    static double checked(double x, double result, boolean canOverflow) {
        if (Double.isNaN(result) && !Double.isNaN(x)) {
            throw domainError();
        }
        if (Double.isInfinite(result) && Double.isFinite(x)) {
            throw canOverflow ? rangeError() : domainError();
        }
        return result;
    }
}
