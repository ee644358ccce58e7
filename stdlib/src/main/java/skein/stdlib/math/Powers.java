package skein.stdlib.math;

/**
 * {@code math.pow}: C99's special cases for infinities and NaNs (where Java's pow answers NaN
 * for {@code 1**nan} and {@code (-1)**inf}), and CPython's errors: a NaN from finite operands or
 * {@code 0**negative} is a domain error, an infinity from finite operands an overflow.
 */
final class Powers {

    private Powers() {
    }

    static double pow(double x, double y) {
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            return nonFinitePow(x, y);
        }
        double r = Math.pow(x, y);
        if (Double.isNaN(r)) {
            throw MathErrors.domainError();
        }
        if (Double.isInfinite(r)) {
            throw x == 0.0 ? MathErrors.domainError() : MathErrors.rangeError();
        }
        return r;
    }

    private static double nonFinitePow(double x, double y) {
        if (Double.isNaN(x)) {
            return y == 0.0 ? 1.0 : x;
        }
        if (Double.isNaN(y)) {
            return x == 1.0 ? 1.0 : y;
        }
        if (Double.isInfinite(x)) {
            boolean oddY = Double.isFinite(y) && Math.abs(y) % 2.0 == 1.0;
            if (y > 0) {
                return oddY ? x : Math.abs(x);
            }
            if (y == 0) {
                return 1.0;
            }
            return oddY ? Math.copySign(0.0, x) : 0.0;
        }
        if (Math.abs(x) == 1.0) {
            return 1.0;
        }
        if ((y > 0) == (Math.abs(x) > 1.0)) {
            return Double.POSITIVE_INFINITY;
        }
        return 0.0;
    }
}
