package skein.stdlib.collections;

import skein.interpreter.runtime.Comparisons;
import skein.interpreter.runtime.Numbers;
import skein.interpreter.runtime.Reprs;
import skein.interpreter.runtime.TypeOf;
import skein.interpreter.runtime.exception.PythonErrors;

import java.math.BigInteger;

/**
 * The deque methods that compare items with {@code ==}, which may run Python code: they work
 * on a snapshot taken under the lock and check after each comparison that the deque is
 * unchanged, raising what CPython raises when it is not.
 */
final class DequeSearch {

    private DequeSearch() {
    }

    static long count(Deque deque, Object value) {
        long state = deque.state();
        long count = 0;
        for (Object item : deque.snapshot()) {
            boolean equal = Comparisons.equal(item, value);
            checkUnchanged(deque, state);
            if (equal) {
                count++;
            }
        }
        return count;
    }

    static boolean contains(Deque deque, Object value) {
        long state = deque.state();
        for (Object item : deque.snapshot()) {
            boolean equal = Comparisons.equal(item, value);
            checkUnchanged(deque, state);
            if (equal) {
                return true;
            }
        }
        return false;
    }

    /** {@code index(x[, start[, stop]])}, with slice-style start and stop. */
    static int index(Deque deque, Object value, Object startArg, Object stopArg) {
        long state = deque.state();
        Object[] items = deque.snapshot();
        int start = sliceBound(startArg, items.length);
        int stop = sliceBound(stopArg, items.length);
        for (int i = start; i < stop; i++) {
            boolean equal = Comparisons.equal(items[i], value);
            checkUnchanged(deque, state);
            if (equal) {
                return i;
            }
        }
        throw PythonErrors.valueError(Reprs.repr(value) + " is not in deque");
    }

    static void remove(Deque deque, Object value) {
        long state = deque.state();
        Object[] items = deque.snapshot();
        for (int i = 0; i < items.length; i++) {
            boolean equal = Comparisons.equal(items[i], value);
            if (deque.state() != state) {
                throw PythonErrors.indexError("deque mutated during remove().");
            }
            if (equal) {
                if (!deque.removeAt(i, state)) {
                    throw PythonErrors.indexError("deque mutated during remove().");
                }
                return;
            }
        }
        throw PythonErrors.valueError(Reprs.repr(value) + " is not in deque");
    }

    /** Sequence comparison of two deques: the first unequal items decide, else the lengths. */
    static Object compare(Deque a, Deque b, Comparisons.Op op) {
        Object[] left = a.snapshot();
        Object[] right = b.snapshot();
        if ((op == Comparisons.Op.EQ || op == Comparisons.Op.NE) && left.length != right.length) {
            return op == Comparisons.Op.NE;
        }
        int n = Math.min(left.length, right.length);
        for (int i = 0; i < n; i++) {
            if (!Comparisons.equal(left[i], right[i])) {
                if (op == Comparisons.Op.EQ || op == Comparisons.Op.NE) {
                    return op == Comparisons.Op.NE;
                }
                return Comparisons.compare(left[i], right[i], op);
            }
        }
        return op.test(Integer.compare(left.length, right.length));
    }

    private static void checkUnchanged(Deque deque, long state) {
        if (deque.state() != state) {
            throw PythonErrors.runtimeError("deque mutated during iteration");
        }
    }

    /** A start or stop as slices take them: negative from the end, clamped to [0, length]. */
    private static int sliceBound(Object bound, int length) {
        if (Numbers.intValueOrNull(bound) == null && TypeOf.get(bound).lookup("__index__") == null) {
            throw PythonErrors.typeError("slice indices must be integers or have an __index__ method");
        }
        Object value = Numbers.index(bound);
        long v = value instanceof BigInteger big ? (big.signum() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE) : (Long) value;
        if (v < 0) {
            v = Math.max(0, v + length);
        }
        return (int) Math.min(v, length);
    }
}
