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
    private static final DoubleDouble ONE_THIRD = DoubleDouble.reciprocal(3);
    private static final DoubleDouble ONE_FIFTH = DoubleDouble.reciprocal(5);
    private static final DoubleDouble INV_LN2 = new DoubleDouble(INV_LN2_HI, INV_LN2_LO);

    private BinaryLogarithm() {
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
        DoubleDouble s = DoubleDouble.of(m - 1.0).dividedBy(DoubleDouble.sum(m, 1.0));
        DoubleDouble s2 = s.times(s);
        DoubleDouble s3 = s.times(s2);
        DoubleDouble s5 = s3.times(s2);
        // The terms from s^7 on are below 2^-20 of the sum: plain doubles carry them well enough.
        double z = s2.hi();
        double tail = 0;
        for (int k = 43; k >= 7; k -= 2) {
            tail = tail * z + 1.0 / k;
        }
        DoubleDouble series = s.plus(s3.times(ONE_THIRD)).plus(s5.times(ONE_FIFTH)).plus(DoubleDouble.of(s5.hi() * z * tail));
        DoubleDouble naturalLog = series.plus(series);
        return naturalLog.times(INV_LN2).plus(DoubleDouble.of(exponent)).value();
    }
}
