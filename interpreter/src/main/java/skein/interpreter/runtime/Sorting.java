package skein.interpreter.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import skein.interpreter.objects.PNone;

/**
 * {@code sorted()} and {@code list.sort()}: a stable merge sort using only {@code <}, like
 * CPython's, so user types need only {@code __lt__}. An inconsistent {@code __lt__} gives some
 * order rather than an error, as in CPython.
 */
public final class Sorting {

    private Sorting() {
    }

    /** Sorts in place; {@code key} is a callable or None. */
    @TruffleBoundary
    public static void sort(Object[] items, Object key, boolean reverse) {
        Object[] keys = items;
        if (key != PNone.NONE) {
            keys = new Object[items.length];
            for (int i = 0; i < items.length; i++) {
                keys[i] = Calls.call(key, items[i]);
            }
        }
        Integer[] order = new Integer[items.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        if (reverse) {
            reverseInPlace(order);
        }
        Integer[] buffer = new Integer[order.length];
        mergeSort(order, buffer, 0, order.length, keys);
        if (reverse) {
            reverseInPlace(order);
        }
        Object[] sorted = new Object[items.length];
        for (int i = 0; i < order.length; i++) {
            sorted[i] = items[order[i]];
        }
        System.arraycopy(sorted, 0, items, 0, items.length);
    }

    private static void reverseInPlace(Integer[] a) {
        for (int i = 0, j = a.length - 1; i < j; i++, j--) {
            Integer tmp = a[i];
            a[i] = a[j];
            a[j] = tmp;
        }
    }

    private static void mergeSort(Integer[] a, Integer[] buffer, int from, int to, Object[] keys) {
        if (to - from < 2) {
            return;
        }
        if (to - from <= 8) {
            insertionSort(a, from, to, keys);
            return;
        }
        int mid = (from + to) >>> 1;
        mergeSort(a, buffer, from, mid, keys);
        mergeSort(a, buffer, mid, to, keys);
        if (!lessThan(keys[a[mid]], keys[a[mid - 1]])) {
            return;
        }
        System.arraycopy(a, from, buffer, from, to - from);
        int i = from;
        int j = mid;
        int k = from;
        while (i < mid && j < to) {
            if (lessThan(keys[buffer[j]], keys[buffer[i]])) {
                a[k++] = buffer[j++];
            } else {
                a[k++] = buffer[i++];
            }
        }
        while (i < mid) {
            a[k++] = buffer[i++];
        }
        while (j < to) {
            a[k++] = buffer[j++];
        }
    }

    private static void insertionSort(Integer[] a, int from, int to, Object[] keys) {
        for (int i = from + 1; i < to; i++) {
            Integer current = a[i];
            int j = i - 1;
            while (j >= from && lessThan(keys[current], keys[a[j]])) {
                a[j + 1] = a[j];
                j--;
            }
            a[j + 1] = current;
        }
    }

    private static boolean lessThan(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) {
            return x < y;
        }
        if (a instanceof String x && b instanceof String y) {
            return StrOps.compare(x, y) < 0;
        }
        return Comparisons.test(a, b, Comparisons.Op.LT);
    }
}
