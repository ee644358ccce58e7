package skein.stdlib.datetime;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

import skein.interpreter.runtime.exception.PythonErrors;

/** The exact integer arithmetic timedelta uses for products and quotients with floats. */
final class Ratios {

    private Ratios() {
    }

    /** {@code float.as_integer_ratio()}: numerator and (positive) denominator in lowest terms. */
    static BigInteger[] of(double value) {
        if (Double.isNaN(value)) {
            throw PythonErrors.valueError("cannot convert NaN to integer ratio");
        }
        if (Double.isInfinite(value)) {
            throw PythonErrors.overflowError("cannot convert Infinity to integer ratio");
        }
        BigDecimal exact = new BigDecimal(value);
        BigInteger numerator = exact.unscaledValue();
        BigInteger denominator = BigInteger.ONE;
        if (exact.scale() > 0) {
            denominator = BigInteger.TEN.pow(exact.scale());
        } else {
            numerator = numerator.multiply(BigInteger.TEN.pow(-exact.scale()));
        }
        BigInteger gcd = numerator.gcd(denominator);
        if (gcd.signum() != 0) {
            numerator = numerator.divide(gcd);
            denominator = denominator.divide(gcd);
        }
        return new BigInteger[]{numerator, denominator};
    }

    /** {@code a / b} rounded to the nearest integer, ties to even. */
    static BigInteger divideNearest(BigInteger a, BigInteger b) {
        if (b.signum() == 0) {
            throw PythonErrors.zeroDivisionError("integer division or modulo by zero");
        }
        return new BigDecimal(a).divide(new BigDecimal(b), 0, RoundingMode.HALF_EVEN).toBigIntegerExact();
    }

    /** C's {@code round()}: halves away from zero. */
    static double roundHalfAway(double value) {
        double magnitude = Math.abs(value);
        double whole = Math.floor(magnitude);
        return Math.copySign(magnitude - whole >= 0.5 ? whole + 1 : whole, value);
    }
}
