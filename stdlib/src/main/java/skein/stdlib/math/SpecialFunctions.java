package skein.stdlib.math;

/**
 * {@code erf}, {@code erfc}, {@code gamma} and {@code lgamma}, which Java lacks. These are
 * Skein's own implementations, accurate to a few units in the last place: CPython's come from
 * the C library (erf, erfc) and from its own Lanczos approximation (gamma, lgamma), so results
 * may differ from CPython's in the last digit or two. Integral arguments of gamma are exact, as
 * in CPython.
 *
 * <p>erf is summed from its everywhere-positive power series for small arguments; erfc from
 * Laplace's continued fraction for larger ones. gamma is Stirling's series for arguments of 15
 * and more, carried to smaller ones by the recurrence {@code gamma(x+1) = x gamma(x)} with the
 * product of the factors kept in double-double; lgamma is its logarithm, or for large arguments
 * Stirling's series for the logarithm.
 */
final class SpecialFunctions {

    private static final double SQRT_PI = 1.772453850905516;
    private static final double LOG_PI = 1.1447298858494002;
    private static final double LOG_SQRT_2PI = 0.9189385332046728;
    /** Below this, the series for erf; above, the continued fraction for erfc. */
    private static final double SERIES_CUTOFF = 1.5;
    /** erfc takes 1 - erf only below this: above, too many digits of erf would cancel. */
    private static final double ERFC_SERIES_CUTOFF = 0.7;
    /** erfc underflows to zero beyond this. */
    private static final double ERFC_ZERO = 30.0;

    private static final double SQRT_2PI = 2.5066282746310002;
    /** Stirling's series is used from here up; smaller arguments are shifted up to it. */
    private static final double STIRLING_FROM = 15.0;
    /**
     * {@code B(2k) / (2k (2k-1))} for k = 1..8: the coefficients of Stirling's series
     * {@code log gamma(x) = (x - 1/2) log x - x + log sqrt(2 pi) + sum(c_k / x^(2k-1))}.
     */
    private static final double[] STIRLING = {
        1.0 / 12, -1.0 / 360, 1.0 / 1260, -1.0 / 1680, 1.0 / 1188, -691.0 / 360360, 1.0 / 156, -3617.0 / 122400,
    };
    /** gamma(1) .. gamma(23): the factorials that are exact as doubles. */
    private static final double[] GAMMA_OF_INTEGERS = new double[23];

    static {
        double f = 1.0;
        for (int i = 0; i < GAMMA_OF_INTEGERS.length; i++) {
            GAMMA_OF_INTEGERS[i] = f;
            f *= i + 1;
        }
    }

    private SpecialFunctions() {
    }

    static double erf(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        double a = Math.abs(x);
        if (a < SERIES_CUTOFF) {
            return erfSeries(x);
        }
        double complement = erfcContinuedFraction(a);
        return x > 0 ? 1.0 - complement : complement - 1.0;
    }

    static double erfc(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        double a = Math.abs(x);
        if (a < ERFC_SERIES_CUTOFF) {
            return 1.0 - erfSeries(x);
        }
        double complement = erfcContinuedFraction(a);
        return x > 0 ? complement : 2.0 - complement;
    }

    /** {@code 2/sqrt(pi) * x * exp(-x*x) * sum((2x^2)^n / (1*3*...*(2n+1)))}. */
    private static double erfSeries(double x) {
        double x2 = x * x;
        double term = 1.0;
        double sum = 1.0;
        for (int n = 1; term > sum * 0x1p-60; n++) {
            term *= 2.0 * x2 / (2 * n + 1);
            sum += term;
        }
        return 2.0 / SQRT_PI * x * expMinusSquare(x) * sum;
    }

    /** erfc for x >= 0.7: {@code exp(-x^2)/sqrt(pi) / (x + (1/2)/(x + 1/(x + (3/2)/(x + ...))))}. */
    private static double erfcContinuedFraction(double x) {
        if (x >= ERFC_ZERO) {
            return 0.0;
        }
        // Evaluated from a fixed depth back up, which is stable; the depth needed to converge to
        // double precision grows as the argument shrinks.
        int depth = 20 + (int) (300.0 / (x * x));
        double f = x;
        for (int k = depth; k >= 1; k--) {
            f = x + (k / 2.0) / f;
        }
        return expMinusSquare(x) / SQRT_PI / f;
    }

    /** {@code exp(-x*x)} without the error of rounding x*x first. */
    private static double expMinusSquare(double x) {
        double square = x * x;
        double error = Math.fma(x, x, -square);
        return Math.exp(-square) * (1.0 - error);
    }

    static double gamma(double x) {
        if (!Double.isFinite(x)) {
            if (Double.isNaN(x) || x > 0) {
                return x;
            }
            throw MathErrors.domainError();
        }
        if (x == 0) {
            throw MathErrors.domainError();
        }
        if (x == Math.floor(x)) {
            if (x < 0) {
                throw MathErrors.domainError();
            }
            if (x <= GAMMA_OF_INTEGERS.length) {
                return GAMMA_OF_INTEGERS[(int) x - 1];
            }
        }
        double a = Math.abs(x);
        if (a < 1e-20) {
            double r = 1.0 / x;
            if (Double.isInfinite(r)) {
                throw MathErrors.rangeError();
            }
            return r;
        }
        if (a > 200.0) {
            if (x < 0) {
                return 0.0 / sinPi(x);
            }
            throw MathErrors.rangeError();
        }
        double result = shiftedGamma(x);
        if (Double.isInfinite(result)) {
            throw MathErrors.rangeError();
        }
        return result;
    }

    /**
     * gamma for 1e-20 <= |x| <= 200, x not a non-positive integer: below 15, gamma of the
     * w = x + n at or above 15, divided by {@code x (x+1) ... (x+n-1)}.
     */
    private static double shiftedGamma(double x) {
        if (x >= STIRLING_FROM) {
            return stirlingGamma(x);
        }
        DoubleDouble product = DoubleDouble.ONE;
        DoubleDouble factor = DoubleDouble.of(x);
        while (factor.hi() < STIRLING_FROM) {
            product = product.times(factor);
            factor = factor.plus(DoubleDouble.ONE);
        }
        // gamma at the rounded w, moved to the exact one: gamma'(w) / gamma(w) is about log(w) - 1/(2w).
        double w = factor.hi();
        double g = stirlingGamma(w) * (1.0 + factor.lo() * (Math.log(w) - 0.5 / w));
        return g / product.hi() * (1.0 - product.lo() / product.hi());
    }

    /** gamma(x) = sqrt(2 pi) x^(x - 1/2) e^-x e^series for x >= 15, the power split where it would overflow. */
    private static double stirlingGamma(double x) {
        double scale = SQRT_2PI * Math.exp(stirlingSeries(x)) / Math.exp(x);
        if (x < 140.0) {
            return scale * Math.pow(x, x - 0.5);
        }
        double halfPower = Math.pow(x, (x - 0.5) / 2.0);
        return scale * halfPower * halfPower;
    }

    private static double stirlingSeries(double x) {
        double inverseSquare = 1.0 / (x * x);
        double sum = 0.0;
        for (int k = STIRLING.length - 1; k >= 0; k--) {
            sum = sum * inverseSquare + STIRLING[k];
        }
        return sum / x;
    }

    static double lgamma(double x) {
        if (!Double.isFinite(x)) {
            return Double.isNaN(x) ? x : Double.POSITIVE_INFINITY;
        }
        if (x == Math.floor(x) && x <= 2) {
            if (x <= 0) {
                throw MathErrors.domainError();
            }
            return 0.0;
        }
        double a = Math.abs(x);
        if (a < 1e-20) {
            return -Math.log(a);
        }
        double result;
        if (a < 170.0) {
            result = Math.log(Math.abs(shiftedGamma(x)));
        } else {
            result = (a - 0.5) * (Math.log(a) - 1.0) - 0.5 + LOG_SQRT_2PI + stirlingSeries(a);
            if (x < 0) {
                result = LOG_PI - Math.log(Math.abs(sinPi(a))) - Math.log(a) - result;
            }
        }
        if (Double.isInfinite(result)) {
            throw MathErrors.rangeError();
        }
        return result;
    }

    /** {@code sin(pi * x)}, reduced exactly first so that it is zero at the integers. */
    private static double sinPi(double x) {
        double y = Math.abs(x) % 2.0;
        int n = (int) Math.rint(2.0 * y);
        double r = switch (n) {
            case 0 -> Math.sin(Math.PI * y);
            case 1 -> Math.cos(Math.PI * (y - 0.5));
            case 2 -> Math.sin(Math.PI * (1.0 - y));
            case 3 -> -Math.cos(Math.PI * (y - 1.5));
            default -> Math.sin(Math.PI * (y - 2.0));
        };
        return Math.copySign(1.0, x) * r;
    }
}
