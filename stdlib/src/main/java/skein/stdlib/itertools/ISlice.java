package skein.stdlib.itertools;

import skein.interpreter.objects.PNone;
import skein.interpreter.objects.PythonClass;
import skein.interpreter.runtime.Iteration;
import skein.interpreter.runtime.Numbers;
import skein.interpreter.runtime.exception.PException;
import skein.interpreter.runtime.exception.PythonErrors;

import java.math.BigInteger;

/**
 * {@code islice(iterable, stop)} and {@code islice(iterable, start, stop[, step])}: the items
 * at positions start, start+step, ... below stop. It never reads past the last item it yields,
 * so the rest of a shared iterator stays available.
 */
final class ISlice extends LockedIterator {

    private Object source;
    /** Position of the next item to yield. */
    private long wanted;
    /** Exclusive end, or -1 for none. */
    private final long stop;
    private final long step;
    /** Items read from the source so far. */
    private long read;

    ISlice(PythonClass cls, Object iterable, Object[] bounds) {
        super(cls);
        Object startArg = bounds.length == 1 ? PNone.NONE : bounds[0];
        Object stopArg = bounds.length == 1 ? bounds[0] : bounds[1];
        Object stepArg = bounds.length == 3 ? bounds[2] : PNone.NONE;
        this.stop = stopArg == PNone.NONE ? -1
                : bound(stopArg, "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.");
        this.wanted = startArg == PNone.NONE ? 0
                : bound(startArg, "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.");
        long stepValue = stepArg == PNone.NONE ? 1 : bound(stepArg, null);
        if (stepValue < 1) {
            throw PythonErrors.valueError("Step for islice() must be a positive integer or None.");
        }
        this.step = stepValue;
        this.source = Iteration.getIterator(iterable);
    }

    /** A non-negative index; the message for anything else (null: use the step's). */
    private static long bound(Object value, String message) {
        String error = message != null ? message : "Step for islice() must be a positive integer or None.";
        Object index;
        try {
            index = Numbers.index(value);
        } catch (PException e) {
            throw PythonErrors.valueError(error);
        }
        if (index instanceof BigInteger big) {
            if (big.signum() < 0) {
                throw PythonErrors.valueError(error);
            }
            return Long.MAX_VALUE;
        }
        long l = (Long) index;
        if (l < 0) {
            throw PythonErrors.valueError(error);
        }
        return l;
    }

    @Override
    protected Object advance() {
        if (source == null) {
            return null;
        }
        while (read < wanted) {
            if (Iteration.next(source) == null) {
                source = null;
                return null;
            }
            read++;
        }
        if (stop != -1 && read >= stop) {
            source = null;
            return null;
        }
        Object item = Iteration.next(source);
        if (item == null) {
            source = null;
            return null;
        }
        read++;
        long next = wanted + step;
        if (next < wanted) {
            next = Long.MAX_VALUE;
        }
        wanted = stop != -1 && next > stop ? stop : next;
        return item;
    }
}
