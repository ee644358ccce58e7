package skein.interpreter.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import skein.interpreter.objects.PNone;
import skein.interpreter.objects.PSlice;
import skein.interpreter.runtime.exception.PythonErrors;

import java.math.BigInteger;

/**
 * A slice resolved against a length of any size, as {@code slice.indices(length)} resolves it:
 * every part is a Python int (Long or BigInteger), nothing is clamped to a Java int. Sequences
 * held in Java arrays use the cheaper {@link SliceIndices}.
 */
public record SliceBounds(Object start, Object stop, Object step) {

    /** {@code slice.indices(length)}; {@code length} is a non-negative Python int. */
    @TruffleBoundary
    public static SliceBounds of(PSlice slice, Object length) {
        Object step = slice.step() == PNone.NONE ? (Object) 1L : component(slice.step());
        if (IntOps.isZero(step)) {
            throw PythonErrors.valueError("slice step cannot be zero");
        }
        boolean negative = IntOps.compare(step, 0L) < 0;
        Object lower = negative ? -1L : 0L;
        Object upper = negative ? IntOps.add(length, -1L) : length;
        Object start = slice.start() == PNone.NONE ? (negative ? upper : lower)
                : clamp(component(slice.start()), length, lower, upper);
        Object stop = slice.stop() == PNone.NONE ? (negative ? lower : upper)
                : clamp(component(slice.stop()), length, lower, upper);
        return new SliceBounds(start, stop, step);
    }

    private static Object clamp(Object index, Object length, Object lower, Object upper) {
        if (IntOps.compare(index, 0L) < 0) {
            Object shifted = IntOps.add(index, length);
            return IntOps.compare(shifted, lower) < 0 ? lower : shifted;
        }
        return IntOps.compare(index, upper) > 0 ? upper : index;
    }

    /** A slice part other than None, through {@code __index__}, with CPython's message for anything else. */
    private static Object component(Object value) {
        if (Numbers.intValueOrNull(value) == null && TypeOf.get(value).lookup("__index__") == null) {
            throw PythonErrors.typeError("slice indices must be integers or None or have an __index__ method");
        }
        return Numbers.index(value);
    }

    /** How many positions the slice selects. */
    @TruffleBoundary
    public Object length() {
        BigInteger lo = IntOps.big(start);
        BigInteger hi = IntOps.big(stop);
        BigInteger by = IntOps.big(step);
        if (by.signum() < 0) {
            BigInteger swap = lo;
            lo = hi;
            hi = swap;
            by = by.negate();
        }
        if (lo.compareTo(hi) >= 0) {
            return 0L;
        }
        return IntOps.normalize(hi.subtract(lo).subtract(BigInteger.ONE).divide(by).add(BigInteger.ONE));
    }
}
