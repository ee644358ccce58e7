package skein.stdlib.math;

import skein.interpreter.runtime.Iteration;
import skein.interpreter.runtime.Numbers;
import skein.interpreter.runtime.exception.PythonErrors;

/**
 * {@code hypot(*coordinates)} and {@code dist(p, q)}: the Euclidean norm, correctly rounded but
 * for near-ties (as CPython's own is). The coordinates are scaled by a power of two so that no
 * square overflows, the squares are summed in double-double precision, and the square root is
 * refined by one Newton step before its single rounding.
 */
final class VectorNorm {

    private VectorNorm() {
    }

    static double hypot(Object[] coordinates) {
        double[] values = new double[coordinates.length];
        for (int i = 0; i < values.length; i++) {
            values[i] = Numbers.asDouble(coordinates[i]);
        }
        return norm(values);
    }

    static double dist(Object p, Object q) {
        Object[] first = Iteration.toArray(p);
        Object[] second = Iteration.toArray(q);
        if (first.length != second.length) {
            throw PythonErrors.valueError("both points must have the same number of dimensions");
        }
        double[] differences = new double[first.length];
        for (int i = 0; i < differences.length; i++) {
            double a = Numbers.asDouble(first[i]);
            double b = Numbers.asDouble(second[i]);
            differences[i] = a - b;
        }
        return norm(differences);
    }

    static double norm(double[] values) {
        double max = 0.0;
        boolean sawNaN = false;
        for (double v : values) {
            double a = Math.abs(v);
            if (Double.isNaN(a)) {
                sawNaN = true;
            } else if (a > max) {
                max = a;
            }
        }
        if (Double.isInfinite(max)) {
            return max;
        }
        if (sawNaN) {
            return Double.NaN;
        }
        if (max == 0.0 || values.length == 1) {
            return max;
        }
        int exponent = Math.getExponent(max);
        double sumHi = 0.0;
        double sumLo = 0.0;
        for (double v : values) {
            double scaled = Math.scalb(v, -exponent);
            double square = scaled * scaled;
            double squareError = Math.fma(scaled, scaled, -square);
            double s = sumHi + square;
            double bv = s - sumHi;
            double sumError = (sumHi - (s - bv)) + (square - bv);
            double lo = sumLo + squareError + sumError;
            sumHi = s + lo;
            sumLo = lo - (sumHi - s);
        }
        double root = Math.sqrt(sumHi);
        double residual = Math.fma(-root, root, sumHi) + sumLo;
        return Math.scalb(root + residual / (2.0 * root), exponent);
    }
}
