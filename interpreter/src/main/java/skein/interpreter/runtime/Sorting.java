package skein.interpreter.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import skein.interpreter.objects.PNone;

/**
 * {@code sorted()} and {@code list.sort()}: keys are computed first (so a failing key function
 * changes nothing), {@code reverse} sorts the reversed items and reverses the result (which keeps
 * the sort stable), and the sort itself is CPython's ({@link TimSort}), using only {@code <}.
 */
public final class Sorting {

    private Sorting() {
    }

    /** Sorts in place; {@code key} is a callable or None. */
    @TruffleBoundary
    public static void sort(Object[] items, Object key, boolean reverse) {
        Object[] keys = items;
        Object[] values = null;
        if (key != PNone.NONE) {
            keys = new Object[items.length];
            for (int i = 0; i < items.length; i++) {
                keys[i] = Calls.call(key, items[i]);
            }
            values = items;
        }
        if (reverse) {
            reverseInPlace(keys);
            if (values != null) {
                reverseInPlace(values);
            }
        }
        try {
            TimSort.sort(keys, values);
        } finally {
            if (reverse) {
                reverseInPlace(items);
            }
        }
    }

    private static void reverseInPlace(Object[] a) {
        for (int i = 0, j = a.length - 1; i < j; i++, j--) {
            Object tmp = a[i];
            a[i] = a[j];
            a[j] = tmp;
        }
    }
}
