package skein.interpreter.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import skein.interpreter.runtime.format.FloatArithmetic;

/** {@code a ** b} for floats: a negative base to a fractional power is a complex number in Python 3. */
public final class FloatPower {

    private FloatPower() {
    }

    @TruffleBoundary
    public static Object power(double base, double exponent) {
        if (FloatArithmetic.powIsComplex(base, exponent)) {
            return ComplexOps.pow(ComplexOps.of(base, 0), ComplexOps.of(exponent, 0));
        }
        return FloatArithmetic.pow(base, exponent);
    }
}
