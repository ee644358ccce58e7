package skein.stdlib.heapq;

import skein.interpreter.objects.PList;
import skein.interpreter.objects.PNone;
import skein.interpreter.objects.PTuple;
import skein.interpreter.objects.PythonClass;
import skein.interpreter.runtime.BuiltinTypes;
import skein.interpreter.runtime.Calls;
import skein.interpreter.runtime.Comparisons;
import skein.interpreter.runtime.Containers;
import skein.interpreter.runtime.Iteration;
import skein.interpreter.runtime.Sorting;
import skein.interpreter.runtime.exception.PException;

import java.util.Arrays;

/**
 * {@code nsmallest} and {@code nlargest}: the n items that sort first (or last) with the rest
 * left in arrival order, found as CPython finds them, so that items equal under {@code <} come
 * out in the same order and user comparison methods see the same calls. One item is a plain
 * minimum or maximum; n at least the length of a sized iterable is a sort; otherwise a heap of
 * the n best keeps, as tuples {@code (key, arrival, item)}, ties broken by arrival.
 */
final class Selection {

    private final BuiltinTypes types;
    /** True for {@code nlargest}. */
    private final boolean largest;

    Selection(BuiltinTypes types, boolean largest) {
        this.types = types;
        this.largest = largest;
    }

    /** The result list: at most {@code n} items of {@code iterable}, best first; {@code key} is a callable or None. */
    PList select(long n, Object iterable, Object key) {
        if (n == 1) {
            return best(iterable, key);
        }
        long size = lengthOrMinusOne(iterable);
        if (size >= 0 && n >= size) {
            Object[] items = Iteration.toArray(iterable);
            Sorting.sort(items, key, largest);
            return newList(Arrays.copyOf(items, (int) Math.min(n, items.length)));
        }
        Object iterator = Iteration.getIterator(iterable);
        PList heap = newList(new Object[0]);
        long arrival = 0;
        while (arrival < n) {
            Object item = Iteration.next(iterator);
            if (item == null) {
                break;
            }
            heap.append(entry(item, key, largest ? -arrival : arrival));
            arrival++;
        }
        if (heap.size() == 0) {
            return heap;
        }
        // The root holds the worst of the kept items: a max-heap for nsmallest, a min-heap for nlargest.
        Heap.Order worstFirst = largest ? Heap.Order.MIN : Heap.Order.MAX;
        Heap.heapify(heap, worstFirst);
        Object worst = keyOf(heap);
        for (Object item = Iteration.next(iterator); item != null; item = Iteration.next(iterator)) {
            Object itemKey = key == PNone.NONE ? item : Calls.call(key, item);
            boolean better = largest
                    ? Comparisons.test(worst, itemKey, Comparisons.Op.LT)
                    : Comparisons.test(itemKey, worst, Comparisons.Op.LT);
            if (better) {
                Heap.replace(heap, decorated(item, itemKey, key, largest ? -arrival : arrival), worstFirst);
                worst = keyOf(heap);
                arrival++;
            }
        }
        Object[] entries = heap.snapshot();
        Sorting.sort(entries, PNone.NONE, largest);
        Object[] items = new Object[entries.length];
        int itemIndex = key == PNone.NONE ? 0 : 2;
        for (int i = 0; i < entries.length; i++) {
            items[i] = ((PTuple) entries[i]).get(itemIndex);
        }
        return newList(items);
    }

    /** {@code [min(...)]} or {@code [max(...)]}, empty for an empty iterable. */
    private PList best(Object iterable, Object key) {
        Object iterator = Iteration.getIterator(iterable);
        Object best = Iteration.next(iterator);
        if (best == null) {
            return newList(new Object[0]);
        }
        Object bestKey = key == PNone.NONE ? best : Calls.call(key, best);
        Comparisons.Op better = largest ? Comparisons.Op.GT : Comparisons.Op.LT;
        for (Object item = Iteration.next(iterator); item != null; item = Iteration.next(iterator)) {
            Object itemKey = key == PNone.NONE ? item : Calls.call(key, item);
            if (Comparisons.test(itemKey, bestKey, better)) {
                best = item;
                bestKey = itemKey;
            }
        }
        return newList(new Object[]{best});
    }

    /** {@code len(iterable)}, or -1 when it has none (a TypeError or AttributeError from {@code len} means none). */
    private long lengthOrMinusOne(Object iterable) {
        try {
            return Containers.length(iterable);
        } catch (PException e) {
            PythonClass raised = e.pythonClass();
            if (raised.isSubclassOf(types.typeError) || raised.isSubclassOf(types.attributeError)) {
                return -1;
            }
            throw e;
        }
    }

    private PTuple entry(Object item, Object key, long arrival) {
        return decorated(item, key == PNone.NONE ? item : Calls.call(key, item), key, arrival);
    }

    /** {@code (item, arrival)} without a key function, {@code (key, arrival, item)} with one. */
    private PTuple decorated(Object item, Object itemKey, Object key, long arrival) {
        Object[] fields = key == PNone.NONE ? new Object[]{item, arrival} : new Object[]{itemKey, arrival, item};
        return new PTuple(types.tupleType, fields);
    }

    private static Object keyOf(PList heap) {
        return ((PTuple) heap.getOrNull(0)).get(0);
    }

    private PList newList(Object[] items) {
        return new PList(types.listType, items);
    }
}
