package skein.interpreter.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import skein.interpreter.objects.PNone;
import skein.interpreter.objects.PSlice;
import skein.interpreter.runtime.exception.PythonErrors;

/** A slice resolved against a sequence length, as CPython's {@code slice.indices} resolves it. */
public record SliceIndices(int start, int stop, int step, int length) {

    @TruffleBoundary
    public static SliceIndices of(PSlice slice, int sequenceLength) {
        long step = slice.step() == PNone.NONE ? 1 : component(slice.step());
        if (step == 0) {
            throw PythonErrors.valueError("slice step cannot be zero");
        }
        long lower = step < 0 ? -1 : 0;
        long upper = step < 0 ? sequenceLength - 1 : sequenceLength;
        long start;
        if (slice.start() == PNone.NONE) {
            start = step < 0 ? upper : lower;
        } else {
            start = component(slice.start());
            start = start < 0 ? Math.max(start + sequenceLength, lower) : Math.min(start, upper);
        }
        long stop;
        if (slice.stop() == PNone.NONE) {
            stop = step < 0 ? lower : upper;
        } else {
            stop = component(slice.stop());
            stop = stop < 0 ? Math.max(stop + sequenceLength, lower) : Math.min(stop, upper);
        }
        long count;
        if (step < 0) {
            count = stop < start ? (start - stop - 1) / -step + 1 : 0;
        } else {
            count = start < stop ? (stop - start - 1) / step + 1 : 0;
        }
        return new SliceIndices((int) start, (int) stop, (int) Math.max(Math.min(step, Integer.MAX_VALUE), -Integer.MAX_VALUE),
                (int) count);
    }

    /** A slice bound: None was handled by the caller; huge values clamp. */
    private static long component(Object value) {
        if (!(value instanceof Long) && !(value instanceof Boolean) && Numbers.intValueOrNull(value) == null
                && TypeOf.get(value).lookup("__index__") == null) {
            throw PythonErrors.typeError("slice indices must be integers or None or have an __index__ method");
        }
        long v = Numbers.indexAsLong(value);
        return Math.max(-(1L << 40), Math.min(v, 1L << 40));
    }

    /** The position of the i-th element selected, for 0 <= i < length. */
    public int at(int i) {
        return start + i * step;
    }
}
