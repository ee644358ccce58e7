package skein.stdlib.math;

/**
 * Correctly rounded {@code atan}, {@code atan2}, {@code asin} and {@code acos} (but for
 * astronomically rare ties), as glibc's are: Java's (fdlibm's) are off in the last bit for 3 to
 * 18 percent of arguments. Everything is computed in double-double and rounded once.
 *
 * <p>Each works on a ratio num/den in [0, 1] (above 1, {@code atan(x) = pi/2 - atan(1/x)}),
 * reduced to a small t around the nearest multiple c of 1/64 ({@code atan(num/den) = atan(c) +
 * atan(t)}, {@code t = (num - c den) / (den + c num)}, |t| < 1/128), whose series converges fast. The table of
 * atan(c) is computed once from the same series after halving the angle twice.
 */
final class InverseTrigonometry {

    private static final DoubleDouble ONE_THIRD = DoubleDouble.reciprocal(3);
    private static final DoubleDouble ONE_FIFTH = DoubleDouble.reciprocal(5);
    private static final int STEPS = 64;
    /** atan(k / 64) for k = 0..64. */
    private static final DoubleDouble[] TABLE = new DoubleDouble[STEPS + 1];

    static {
        for (int k = 0; k <= STEPS; k++) {
            TABLE[k] = atanByHalving(DoubleDouble.of((double) k / STEPS));
        }
    }

    private InverseTrigonometry() {
    }

    static double atan(double x) {
        if (Double.isNaN(x) || x == 0.0) {
            return x;
        }
        if (Double.isInfinite(x)) {
            return Math.copySign(DoubleDouble.HALF_PI.value(), x);
        }
        double a = Math.abs(x);
        DoubleDouble angle = a > 1.0
                ? DoubleDouble.HALF_PI.minus(atanOfRatio(DoubleDouble.ONE, DoubleDouble.of(a)))
                : atanOfRatio(DoubleDouble.of(a), DoubleDouble.ONE);
        return Math.copySign(angle.value(), x);
    }

    /** atan2 with C99's special cases (those of Java's atan2) for zeros, infinities and NaN. */
    static double atan2(double y, double x) {
        if (Double.isNaN(x) || Double.isNaN(y) || y == 0.0 || x == 0.0 || Double.isInfinite(x) || Double.isInfinite(y)) {
            return Math.atan2(y, x);
        }
        double ay = Math.abs(y);
        double ax = Math.abs(x);
        DoubleDouble angle = ay > ax
                ? DoubleDouble.HALF_PI.minus(atanOfRatio(DoubleDouble.of(ax), DoubleDouble.of(ay)))
                : atanOfRatio(DoubleDouble.of(ay), DoubleDouble.of(ax));
        if (x < 0) {
            angle = DoubleDouble.PI.minus(angle);
        }
        return Math.copySign(angle.value(), y);
    }

    /** asin(x) = atan(x / sqrt(1 - x^2)); NaN outside [-1, 1]. */
    static double asin(double x) {
        if (Double.isNaN(x) || x == 0.0) {
            return x;
        }
        double a = Math.abs(x);
        if (a > 1.0) {
            return Double.NaN;
        }
        if (a == 1.0) {
            return Math.copySign(DoubleDouble.HALF_PI.value(), x);
        }
        DoubleDouble cosine = oneMinusSquare(a).sqrt();
        DoubleDouble angle = a > cosine.hi()
                ? DoubleDouble.HALF_PI.minus(atanOfRatio(cosine, DoubleDouble.of(a)))
                : atanOfRatio(DoubleDouble.of(a), cosine);
        return Math.copySign(angle.value(), x);
    }

    /** acos(x) = pi/2 - asin(x), formed so that nothing cancels; NaN outside [-1, 1]. */
    static double acos(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        double a = Math.abs(x);
        if (a > 1.0) {
            return Double.NaN;
        }
        if (a == 1.0) {
            return x > 0 ? 0.0 : DoubleDouble.PI.value();
        }
        if (x == 0.0) {
            return DoubleDouble.HALF_PI.value();
        }
        DoubleDouble sine = oneMinusSquare(a).sqrt();
        DoubleDouble angle = sine.hi() > a
                ? DoubleDouble.HALF_PI.minus(atanOfRatio(DoubleDouble.of(a), sine))
                : atanOfRatio(sine, DoubleDouble.of(a));
        return (x > 0 ? angle : DoubleDouble.PI.minus(angle)).value();
    }

    /** {@code 1 - a*a} exactly, as {@code (1 - a)(1 + a)}. */
    private static DoubleDouble oneMinusSquare(double a) {
        return DoubleDouble.sum(1.0, -a).times(DoubleDouble.sum(1.0, a));
    }

    /**
     * atan(num / den) for 0 <= num <= den: with c the multiple of 1/64 nearest the ratio,
     * {@code atan(c) + atan((num - c den) / (den + c num))}, one double-double division.
     */
    private static DoubleDouble atanOfRatio(DoubleDouble num, DoubleDouble den) {
        int k = (int) Math.rint(num.hi() / den.hi() * STEPS);
        if (k == 0) {
            return series(num.dividedBy(den));
        }
        double c = (double) k / STEPS;
        DoubleDouble t = num.minus(den.times(c)).dividedBy(den.plus(num.times(c)));
        return TABLE[k].plus(series(t));
    }

    /** {@code t - t^3/3 + t^5/5 - ...} for |t| <= 1/128: three terms in double-double, the rest in double. */
    private static DoubleDouble series(DoubleDouble t) {
        DoubleDouble t2 = t.times(t);
        DoubleDouble t3 = t2.times(t);
        DoubleDouble t5 = t3.times(t2);
        double z = t2.hi();
        double tail = 0.0;
        for (int n = 25; n >= 7; n -= 2) {
            tail = tail * z + ((n / 2) % 2 == 0 ? 1.0 : -1.0) / n;
        }
        return t.minus(t3.times(ONE_THIRD)).plus(t5.times(ONE_FIFTH)).plus(DoubleDouble.of(t5.hi() * z * tail));
    }

    /**
     * atan for the table: halving the angle twice ({@code atan(c) = 2 atan(c / (1 + sqrt(1 + c^2)))})
     * brings c below 0.2, where the full series converges quickly.
     */
    private static DoubleDouble atanByHalving(DoubleDouble c) {
        DoubleDouble reduced = c;
        for (int i = 0; i < 2; i++) {
            DoubleDouble root = DoubleDouble.ONE.plus(reduced.times(reduced)).sqrt();
            reduced = reduced.dividedBy(DoubleDouble.ONE.plus(root));
        }
        DoubleDouble square = reduced.times(reduced);
        DoubleDouble term = reduced;
        DoubleDouble sum = reduced;
        for (int n = 3; Math.abs(term.hi()) > 0x1p-120; n += 2) {
            term = term.times(square).negate();
            sum = sum.plus(term.dividedBy(DoubleDouble.of(n)));
        }
        return sum.times(4.0);
    }
}
