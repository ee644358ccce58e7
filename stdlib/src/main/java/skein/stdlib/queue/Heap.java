package skein.stdlib.queue;

import skein.interpreter.objects.PList;
import skein.interpreter.runtime.Comparisons;
import skein.interpreter.runtime.TypeOf;
import skein.interpreter.runtime.exception.PythonErrors;

/**
 * A binary min-heap kept in a list, as {@code heapq.heappush} and {@code heappop} keep it:
 * items are compared with {@code <} only, in the same order as CPython compares them, so that
 * equal items end up in the same places and {@code PriorityQueue.queue} reads the same. A
 * comparison runs Python code, which may change the list; the heap then stops with CPython's
 * RuntimeError instead of working on a list it no longer knows.
 */
final class Heap {

    private Heap() {
    }

    /** Appends {@code item} and moves it up to its place; a failed comparison leaves it appended. */
    static void push(Object heap, Object item) {
        PList list = list(heap, "heappush() argument 1");
        list.append(item);
        siftTowardsRoot(list, 0, list.size() - 1);
    }

    /** Removes and returns the smallest item. */
    static Object pop(Object heap) {
        PList list = list(heap, "heappop() argument");
        Object last = list.popLast();
        if (last == null) {
            throw PythonErrors.indexError("index out of range");
        }
        Object smallest = list.getOrNull(0);
        if (smallest == null) {
            return last;
        }
        list.setIfPresent(0, last);
        siftTowardsLeaves(list, 0);
        return smallest;
    }

    private static PList list(Object heap, String argument) {
        if (!(heap instanceof PList list)) {
            throw PythonErrors.typeError(argument + " must be list, not " + TypeOf.name(heap));
        }
        return list;
    }

    /** Moves the item at {@code pos} up while it is smaller than its parent, not above {@code start}. */
    private static void siftTowardsRoot(PList heap, int start, int pos) {
        int size = heap.size();
        while (pos > start) {
            int parentPos = (pos - 1) >> 1;
            Object item = heap.getOrNull(pos);
            Object parent = heap.getOrNull(parentPos);
            boolean smaller = Comparisons.test(item, parent, Comparisons.Op.LT);
            checkSize(heap, size);
            if (!smaller) {
                return;
            }
            swap(heap, pos, parentPos);
            pos = parentPos;
        }
    }

    /**
     * Moves the item at {@code pos} down to a leaf along the smaller children, then back up to
     * its place: fewer comparisons than stopping on the way down, and the order CPython uses.
     */
    private static void siftTowardsLeaves(PList heap, int pos) {
        int size = heap.size();
        int start = pos;
        int limit = size >> 1;
        while (pos < limit) {
            int child = 2 * pos + 1;
            if (child + 1 < size) {
                boolean leftSmaller = Comparisons.test(heap.getOrNull(child), heap.getOrNull(child + 1), Comparisons.Op.LT);
                checkSize(heap, size);
                if (!leftSmaller) {
                    child++;
                }
            }
            swap(heap, pos, child);
            pos = child;
        }
        siftTowardsRoot(heap, start, pos);
    }

    private static void checkSize(PList heap, int expected) {
        if (heap.size() != expected) {
            throw PythonErrors.runtimeError("list changed size during iteration");
        }
    }

    private static void swap(PList heap, int a, int b) {
        Object first = heap.getOrNull(a);
        Object second = heap.getOrNull(b);
        if (first == null || second == null) {
            throw PythonErrors.runtimeError("list changed size during iteration");
        }
        heap.setIfPresent(a, second);
        heap.setIfPresent(b, first);
    }
}
