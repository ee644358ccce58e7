package skein.stdlib.math;

/**
 * {@code asinh}, {@code acosh} and {@code atanh}, which Java lacks, from the classic identities
 * arranged (through {@code log1p}) so that no digits cancel near zero or one.
 */
final class InverseHyperbolic {

    private static final double LN2 = 0.6931471805599453;
    /** Beyond this, {@code x*x + 1 == x*x} and the identities reduce to {@code log(2x)}. */
    private static final double LARGE = 0x1p28;
    private static final double TINY = 0x1p-28;

    private InverseHyperbolic() {
    }

    static double asinh(double x) {
        double a = Math.abs(x);
        if (a < TINY || !Double.isFinite(a)) {
            return x;
        }
        double r;
        if (a > LARGE) {
            r = Math.log(a) + LN2;
        } else if (a > 2.0) {
            r = Math.log(2.0 * a + 1.0 / (Math.sqrt(x * x + 1.0) + a));
        } else {
            double square = x * x;
            r = Math.log1p(a + square / (1.0 + Math.sqrt(1.0 + square)));
        }
        return Math.copySign(r, x);
    }

    static double acosh(double x) {
        if (x < 1.0) {
            return Double.NaN;
        }
        if (x >= LARGE) {
            return Double.isInfinite(x) ? x : Math.log(x) + LN2;
        }
        if (x > 2.0) {
            return Math.log(2.0 * x - 1.0 / (x + Math.sqrt(x * x - 1.0)));
        }
        double t = x - 1.0;
        return Math.log1p(t + Math.sqrt(2.0 * t + t * t));
    }

    static double atanh(double x) {
        double a = Math.abs(x);
        if (a > 1.0) {
            return Double.NaN;
        }
        if (a == 1.0) {
            return Math.copySign(Double.POSITIVE_INFINITY, x);
        }
        if (a < TINY) {
            return x;
        }
        double r;
        if (a < 0.5) {
            double twice = a + a;
            r = 0.5 * Math.log1p(twice + twice * a / (1.0 - a));
        } else {
            r = 0.5 * Math.log1p((a + a) / (1.0 - a));
        }
        return Math.copySign(r, x);
    }
}
