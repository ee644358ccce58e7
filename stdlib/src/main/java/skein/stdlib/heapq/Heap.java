package skein.stdlib.heapq;

import skein.interpreter.objects.PList;
import skein.interpreter.objects.PNone;
import skein.interpreter.runtime.Comparisons;
import skein.interpreter.runtime.TypeOf;
import skein.interpreter.runtime.exception.PException;
import skein.interpreter.runtime.exception.PythonErrors;

/**
 * A binary heap kept in a list, as {@code heapq} keeps it: items are compared with {@code <}
 * only, in the same order and between the same pairs as CPython compares them, so that equal
 * items end up in the same places and programs print the same lists. A comparison runs Python
 * code, and another thread may change the list at any moment; the heap then stops with
 * CPython's RuntimeError instead of working on a list it no longer knows. Each step that moves
 * items (a swap, the root's replacement) holds the list's monitor, which PList's own methods
 * hold too, so that racing heap operations never lose or duplicate an item.
 */
public final class Heap {

    /** Which item the heap keeps at index 0. */
    public enum Order {
        /** The smallest: the public {@code heapq} functions. */
        MIN,
        /** The largest: {@code heapq._heapify_max} and its kin, which {@code nsmallest} uses. */
        MAX;

        /** Whether {@code a} belongs nearer the root than {@code b}; always asked with {@code <}. */
        boolean before(Object a, Object b) {
            return this == MIN
                    ? Comparisons.test(a, b, Comparisons.Op.LT)
                    : Comparisons.test(b, a, Comparisons.Op.LT);
        }
    }

    private Heap() {
    }

    /** {@code heap} as a list, or CPython's TypeError naming {@code argument} (e.g. "heappush() argument 1"). */
    public static PList list(Object heap, String argument) {
        if (!(heap instanceof PList list)) {
            String given = heap == PNone.NONE ? "None" : TypeOf.name(heap);
            throw PythonErrors.typeError(argument + " must be list, not " + given);
        }
        return list;
    }

    /** {@code heappush}: appends {@code item} and moves it up to its place; a failed comparison leaves it appended. */
    public static void push(PList heap, Object item) {
        heap.append(item);
        siftTowardsRoot(heap, Order.MIN, 0, heap.size() - 1);
    }

    /** {@code heappop}: removes and returns the root item. */
    public static Object pop(PList heap, Order order) {
        Object root;
        synchronized (heap) {
            Object last = heap.popLast();
            if (last == null) {
                throw PythonErrors.indexError("index out of range");
            }
            root = heap.getOrNull(0);
            if (root == null) {
                return last;
            }
            put(heap, 0, last);
        }
        siftTowardsLeaves(heap, order, 0);
        return root;
    }

    /** {@code heapreplace}: returns the root item and puts {@code item} in its place. */
    public static Object replace(PList heap, Object item, Order order) {
        Object root;
        synchronized (heap) {
            root = heap.getOrNull(0);
            if (root == null) {
                throw PythonErrors.indexError("index out of range");
            }
            put(heap, 0, item);
        }
        siftTowardsLeaves(heap, order, 0);
        return root;
    }

    /** {@code heappushpop}: {@code item} itself when it is not greater than the root, else the root, replaced. */
    public static Object pushPop(PList heap, Object item) {
        Object root = heap.getOrNull(0);
        if (root == null || !Order.MIN.before(root, item)) {
            return item;
        }
        return replace(heap, item, Order.MIN);
    }

    /** {@code heapify}: orders the list as a heap, each parent after its children, from the last parent back. */
    public static void heapify(PList heap, Order order) {
        for (int pos = (heap.size() >> 1) - 1; pos >= 0; pos--) {
            siftTowardsLeaves(heap, order, pos);
        }
    }

    /** Moves the item at {@code pos} up while it belongs before its parent, not above {@code start}. */
    private static void siftTowardsRoot(PList heap, Order order, int start, int pos) {
        int size = heap.size();
        while (pos > start) {
            int parentPos = (pos - 1) >> 1;
            boolean before = order.before(item(heap, pos), item(heap, parentPos));
            checkSize(heap, size);
            if (!before) {
                return;
            }
            swap(heap, pos, parentPos);
            pos = parentPos;
        }
    }

    /**
     * Moves the item at {@code pos} down to a leaf along the children nearer the root, then back
     * up to its place: fewer comparisons than stopping on the way down, and the order CPython uses.
     */
    private static void siftTowardsLeaves(PList heap, Order order, int pos) {
        int size = heap.size();
        int start = pos;
        int limit = size >> 1;
        while (pos < limit) {
            int child = 2 * pos + 1;
            if (child + 1 < size) {
                boolean leftFirst = order.before(item(heap, child), item(heap, child + 1));
                checkSize(heap, size);
                if (!leftFirst) {
                    child++;
                }
            }
            swap(heap, pos, child);
            pos = child;
        }
        siftTowardsRoot(heap, order, start, pos);
    }

    private static void checkSize(PList heap, int expected) {
        if (heap.size() != expected) {
            throw changedSize();
        }
    }

    private static Object item(PList heap, int index) {
        Object item = heap.getOrNull(index);
        if (item == null) {
            throw changedSize();
        }
        return item;
    }

    private static void put(PList heap, int index, Object item) {
        if (!heap.setIfPresent(index, item)) {
            throw changedSize();
        }
    }

    private static void swap(PList heap, int a, int b) {
        synchronized (heap) {
            Object first = item(heap, a);
            Object second = item(heap, b);
            put(heap, a, second);
            put(heap, b, first);
        }
    }

    private static PException changedSize() {
        return PythonErrors.runtimeError("list changed size during iteration");
    }
}
