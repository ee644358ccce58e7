package skein.interpreter.builtins.types;

import skein.interpreter.objects.PList;
import skein.interpreter.runtime.Comparisons;
import skein.interpreter.runtime.Numbers;
import skein.interpreter.runtime.TypeOf;
import skein.interpreter.runtime.exception.PythonErrors;

import java.math.BigInteger;

/** What list and tuple methods share, working on an array of items (a tuple's, or a snapshot of a list). */
final class SequenceSupport {

    private SequenceSupport() {
    }

    /**
     * {@code seq.index(value, start, stop)}: the first position in {@code [start, stop)} whose item
     * equals {@code value}, or -1. Negative bounds count from the end, as slice bounds do.
     */
    static int indexOf(Object[] items, Object value, Object start, Object stop) {
        int from = clampedBound(start, items.length);
        int to = clampedBound(stop, items.length);
        for (int i = from; i < to; i++) {
            if (Comparisons.equal(items[i], value)) {
                return i;
            }
        }
        return -1;
    }

    private static int clampedBound(Object bound, int length) {
        if (Numbers.intValueOrNull(bound) == null && TypeOf.get(bound).lookup("__index__") == null) {
            throw PythonErrors.typeError("slice indices must be integers or have an __index__ method");
        }
        long i = Numbers.indexAsLong(bound);
        if (i < 0) {
            i = Math.max(0, i + length);
        }
        return (int) Math.min(i, length);
    }

    static long count(Object[] items, Object value) {
        long n = 0;
        for (Object item : items) {
            if (Comparisons.equal(item, value)) {
                n++;
            }
        }
        return n;
    }

    static boolean contains(Object[] items, Object value) {
        for (Object item : items) {
            if (Comparisons.equal(item, value)) {
                return true;
            }
        }
        return false;
    }

    /** An index argument as a C ssize_t would hold it: OverflowError beyond a long, as CPython's. */
    static long asSsize(Object value) {
        Object index = Numbers.index(value);
        if (index instanceof BigInteger) {
            throw PythonErrors.overflowError("Python int too large to convert to C ssize_t");
        }
        return (Long) index;
    }

    /**
     * The repeat count of {@code seq * n}: null when {@code n} is not an integer (the operator
     * protocol then tries the other operand), 0 for negative counts.
     */
    static Long repeatCount(Object n) {
        if (Numbers.intValueOrNull(n) == null && TypeOf.get(n).lookup("__index__") == null) {
            return null;
        }
        Object index = Numbers.index(n);
        if (index instanceof BigInteger) {
            throw PythonErrors.overflowError("cannot fit 'int' into an index-sized integer");
        }
        return Math.max(0L, (Long) index);
    }

    /** {@code items * times}, with MemoryError when the result cannot be held. */
    static Object[] repeat(Object[] items, long times) {
        if (items.length == 0 || times == 0) {
            return new Object[0];
        }
        if (times > PList.MAX_SIZE / items.length) {
            throw PythonErrors.memoryError();
        }
        int n = items.length;
        Object[] out = new Object[(int) (n * times)];
        for (int k = 0; k < times; k++) {
            System.arraycopy(items, 0, out, k * n, n);
        }
        return out;
    }

    static Object[] concat(Object[] a, Object[] b) {
        Object[] out = new Object[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
