package skein.stdlib.math;

/**
 * A correctly rounded {@code log2} (but for astronomically rare ties), because glibc's, which
 * CPython uses, is: Java has no log2, and {@code log(x) / log(2)} is off in the last bit for
 * about a third of all arguments. The logarithm is summed in double-double arithmetic (about
 * 106 bits) from the series {@code log(m) = 2 atanh((m-1)/(m+1))} and rounded once.
 */
final class BinaryLogarithm {

    /** {@code 1 / log(2)} as the sum of two doubles. */
    private static final double INV_LN2_HI = 0x1.71547652b82fep0;
    private static final double INV_LN2_LO = 0x1.777d0ffda0d24p-56;
    private static final double SQRT2 = 1.4142135623730951;
    private static final Wide ONE_THIRD = reciprocal(3);
    private static final Wide ONE_FIFTH = reciprocal(5);

    private BinaryLogarithm() {
    }

    /** A double-double number: {@code hi + lo} with {@code |lo| <= ulp(hi) / 2}. */
    private record Wide(double hi, double lo) {

        static Wide sum(double a, double b) {
            double s = a + b;
            double v = s - a;
            return new Wide(s, (a - (s - v)) + (b - v));
        }

        static Wide product(double a, double b) {
            double p = a * b;
            return new Wide(p, Math.fma(a, b, -p));
        }

        Wide plus(Wide o) {
            Wide s = sum(hi, o.hi);
            return normalized(s.hi, s.lo + lo + o.lo);
        }

        Wide times(Wide o) {
            Wide p = product(hi, o.hi);
            return normalized(p.hi, p.lo + (hi * o.lo + lo * o.hi));
        }

        Wide dividedBy(Wide d) {
            double q1 = hi / d.hi;
            Wide r = minus(d.times(new Wide(q1, 0)));
            double q2 = r.hi / d.hi;
            r = r.minus(d.times(new Wide(q2, 0)));
            double q3 = r.hi / d.hi;
            Wide q = normalized(q1, q2);
            return q.plus(new Wide(q3, 0));
        }

        Wide minus(Wide o) {
            return plus(new Wide(-o.hi, -o.lo));
        }

        private static Wide normalized(double a, double b) {
            double s = a + b;
            return new Wide(s, b - (s - a));
        }
    }

    private static Wide reciprocal(int n) {
        double hi = 1.0 / n;
        return new Wide(hi, Math.fma(-n, hi, 1.0) / n);
    }

    /** log2 of a positive, finite double. */
    static double of(double x) {
        int shift = 0;
        if (Math.getExponent(x) == Double.MIN_EXPONENT - 1) {
            x *= 0x1p54;
            shift = 54;
        }
        int exponent = Math.getExponent(x);
        double m = Math.scalb(x, -exponent);
        exponent -= shift;
        if (m > SQRT2) {
            m *= 0.5;
            exponent++;
        }
        if (m == 1.0) {
            return exponent;
        }
        Wide s = new Wide(m - 1.0, 0).dividedBy(Wide.sum(m, 1.0));
        Wide s2 = s.times(s);
        Wide s3 = s.times(s2);
        Wide s5 = s3.times(s2);
        // The terms from s^7 on are below 2^-20 of the sum: plain doubles carry them well enough.
        double z = s2.hi;
        double tail = 0;
        for (int k = 43; k >= 7; k -= 2) {
            tail = tail * z + 1.0 / k;
        }
        Wide series = s.plus(s3.times(ONE_THIRD)).plus(s5.times(ONE_FIFTH)).plus(new Wide(s5.hi * z * tail, 0));
        Wide naturalLog = series.plus(series);
        Wide binaryLog = naturalLog.times(new Wide(INV_LN2_HI, INV_LN2_LO));
        Wide total = binaryLog.plus(new Wide(exponent, 0));
        return total.hi + total.lo;
    }
}
