package skein.stdlib.math;

/**
 * A number carried as the unevaluated sum of two doubles, {@code hi + lo} with
 * {@code |lo| <= ulp(hi) / 2}: about 106 bits, enough to round a result correctly to one
 * double in all but astronomically rare cases. The operations are the classic error-free
 * transformations (two-sum, and fused multiply-add for products).
 */
record DoubleDouble(double hi, double lo) {

    static final DoubleDouble ZERO = new DoubleDouble(0.0, 0.0);
    static final DoubleDouble ONE = new DoubleDouble(1.0, 0.0);
    static final DoubleDouble PI = new DoubleDouble(0x1.921fb54442d18p1, 0x1.1a62633145c07p-53);
    static final DoubleDouble HALF_PI = new DoubleDouble(0x1.921fb54442d18p0, 0x1.1a62633145c07p-54);

    static DoubleDouble of(double value) {
        return new DoubleDouble(value, 0.0);
    }

    /** {@code a + b} exactly. */
    static DoubleDouble sum(double a, double b) {
        double s = a + b;
        double v = s - a;
        return new DoubleDouble(s, (a - (s - v)) + (b - v));
    }

    /** {@code a * b} exactly. */
    static DoubleDouble product(double a, double b) {
        double p = a * b;
        return new DoubleDouble(p, Math.fma(a, b, -p));
    }

    /** {@code 1 / n}. */
    static DoubleDouble reciprocal(int n) {
        double hi = 1.0 / n;
        return new DoubleDouble(hi, Math.fma(-n, hi, 1.0) / n);
    }

    DoubleDouble plus(DoubleDouble o) {
        DoubleDouble s = sum(hi, o.hi);
        return normalized(s.hi, s.lo + lo + o.lo);
    }

    DoubleDouble minus(DoubleDouble o) {
        return plus(o.negate());
    }

    DoubleDouble negate() {
        return new DoubleDouble(-hi, -lo);
    }

    /** The product; an overflow gives an infinite hi (and zero lo) rather than NaN. */
    DoubleDouble times(DoubleDouble o) {
        DoubleDouble p = product(hi, o.hi);
        if (!Double.isFinite(p.hi)) {
            return new DoubleDouble(p.hi, 0.0);
        }
        return normalized(p.hi, p.lo + (hi * o.lo + lo * o.hi));
    }

    DoubleDouble times(double factor) {
        DoubleDouble p = product(hi, factor);
        return normalized(p.hi, p.lo + lo * factor);
    }

    DoubleDouble dividedBy(DoubleDouble d) {
        double q1 = hi / d.hi;
        DoubleDouble r = minus(d.times(q1));
        double q2 = r.hi / d.hi;
        r = r.minus(d.times(q2));
        double q3 = r.hi / d.hi;
        return normalized(q1, q2).plus(of(q3));
    }

    /** The square root, by one Newton step from the double one. */
    DoubleDouble sqrt() {
        if (hi <= 0.0) {
            return ZERO;
        }
        double root = Math.sqrt(hi);
        DoubleDouble residual = minus(product(root, root));
        return normalized(root, residual.hi / (2.0 * root));
    }

    /** The nearest double. */
    double value() {
        return hi + lo;
    }

    private static DoubleDouble normalized(double a, double b) {
        double s = a + b;
        return new DoubleDouble(s, b - (s - a));
    }
}
