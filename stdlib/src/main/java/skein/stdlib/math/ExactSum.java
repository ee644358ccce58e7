package skein.stdlib.math;

import skein.interpreter.runtime.Iteration;
import skein.interpreter.runtime.Numbers;
import skein.interpreter.runtime.exception.PythonErrors;

import java.util.Arrays;

/**
 * {@code math.fsum}: the correctly rounded sum of floats. The running sum is kept exactly as a
 * list of non-overlapping partial sums (Shewchuk's algorithm); infinities and NaNs are summed
 * apart, so that {@code inf + -inf} can be told from an overflow of finite values.
 */
final class ExactSum {

    private ExactSum() {
    }

    static double fsum(Object iterable) {
        Object iterator = Iteration.getIterator(iterable);
        double[] partials = new double[32];
        int count = 0;
        double specialSum = 0.0;
        double infinitySum = 0.0;
        Object item;
        while ((item = Iteration.next(iterator)) != null) {
            double x = Numbers.asDouble(item);
            double original = x;
            int kept = 0;
            for (int i = 0; i < count; i++) {
                double y = partials[i];
                if (Math.abs(x) < Math.abs(y)) {
                    double t = x;
                    x = y;
                    y = t;
                }
                double hi = x + y;
                double lo = y - (hi - x);
                if (lo != 0.0) {
                    partials[kept++] = lo;
                }
                x = hi;
            }
            count = kept;
            if (x == 0.0) {
                continue;
            }
            if (!Double.isFinite(x)) {
                if (Double.isFinite(original)) {
                    throw PythonErrors.overflowError("intermediate overflow in fsum");
                }
                if (Double.isInfinite(original)) {
                    infinitySum += original;
                }
                specialSum += original;
                count = 0;
            } else {
                if (count == partials.length) {
                    partials = Arrays.copyOf(partials, count * 2);
                }
                partials[count++] = x;
            }
        }
        if (specialSum != 0.0) {
            if (Double.isNaN(infinitySum)) {
                throw PythonErrors.valueError("-inf + inf in fsum");
            }
            return specialSum;
        }
        return roundedTotal(partials, count);
    }

    /**
     * Adds the partials from the largest down until the sum stops being exact, then corrects a
     * result that landed on a tie the wrong way (the rest of the partials breaks the tie).
     */
    private static double roundedTotal(double[] partials, int count) {
        if (count == 0) {
            return 0.0;
        }
        int n = count - 1;
        double hi = partials[n];
        double lo = 0.0;
        while (n > 0) {
            double x = hi;
            double y = partials[--n];
            hi = x + y;
            lo = y - (hi - x);
            if (lo != 0.0) {
                break;
            }
        }
        if (n > 0 && ((lo < 0.0 && partials[n - 1] < 0.0) || (lo > 0.0 && partials[n - 1] > 0.0))) {
            double y = lo * 2.0;
            double x = hi + y;
            if (y == x - hi) {
                hi = x;
            }
        }
        return hi;
    }
}
