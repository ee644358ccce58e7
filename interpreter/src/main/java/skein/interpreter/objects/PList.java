package skein.interpreter.objects;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import java.util.Arrays;

/**
 * {@code list}. Every operation holds the list's monitor, so each one is atomic as in CPython
 * and no Java exception can escape from a race; callers that run Python code (comparisons in
 * {@code sort}, {@code index}, {@code remove}) work on a snapshot instead of holding the lock.
 */
public final class PList extends PythonObject {

    private static final Object[] EMPTY = new Object[0];
    /** The most items a Java array can hold on common VMs. */
    public static final int MAX_SIZE = Integer.MAX_VALUE - 8;

    private Object[] items;
    private int size;
    /** Sorts of this list running now, in any thread. */
    private int sortsInProgress;

    public PList(PythonClass cls) {
        super(cls);
        this.items = EMPTY;
    }

    /** Takes ownership of {@code items}. */
    public PList(PythonClass cls, Object[] items) {
        super(cls);
        this.items = items;
        this.size = items.length;
    }

    public synchronized int size() {
        return size;
    }

    /** The item at a non-negative index, or null past the end. */
    public synchronized Object getOrNull(int index) {
        return index < size ? items[index] : null;
    }

    /** Replaces an item; false when the index is past the end. */
    public synchronized boolean setIfPresent(int index, Object value) {
        if (index >= size) {
            return false;
        }
        items[index] = value;
        return true;
    }

    public synchronized void append(Object value) {
        if (size == items.length) {
            grow(size + 1);
        }
        items[size++] = value;
    }

    @TruffleBoundary
    private void grow(int needed) {
        int capacity = Math.max(needed, items.length + (items.length >> 1) + 4);
        items = Arrays.copyOf(items, capacity);
    }

    @TruffleBoundary
    public synchronized void appendAll(Object[] values) {
        if (size + values.length > items.length) {
            grow(size + values.length);
        }
        System.arraycopy(values, 0, items, size, values.length);
        size += values.length;
    }

    /** Inserts before a position already clamped to [0, size] by the caller's rules. */
    @TruffleBoundary
    public synchronized void insert(int index, Object value) {
        int at = Math.max(0, Math.min(index, size));
        if (size == items.length) {
            grow(size + 1);
        }
        System.arraycopy(items, at, items, at + 1, size - at);
        items[at] = value;
        size++;
    }

    /** Removes and returns the item at a non-negative index, or null past the end. */
    @TruffleBoundary
    public synchronized Object removeAt(int index) {
        if (index >= size) {
            return null;
        }
        Object value = items[index];
        System.arraycopy(items, index + 1, items, index, size - index - 1);
        items[--size] = null;
        return value;
    }

    /** Removes and returns the last item, or null when empty. */
    public synchronized Object popLast() {
        if (size == 0) {
            return null;
        }
        Object value = items[--size];
        items[size] = null;
        return value;
    }

    /**
     * {@code list.insert}: a negative index counts from the end, and the position is clamped to
     * the list, all against the size at the moment of the insertion.
     */
    @TruffleBoundary
    public synchronized void insertAt(long index, Object value) {
        long at = index < 0 ? Math.max(0, index + size) : Math.min(index, size);
        insert((int) at, value);
    }

    /** {@code list.pop(index)}: removes the item at a possibly negative index; null when out of range. */
    @TruffleBoundary
    public synchronized Object popAt(long index) {
        long i = index < 0 ? index + size : index;
        if (i < 0 || i >= size) {
            return null;
        }
        return removeAt((int) i);
    }

    /**
     * Removes the item at {@code index} if it is still {@code expected}: {@code list.remove} finds
     * the item on a snapshot (running {@code __eq__} without the lock) and retries when another
     * thread moved it meanwhile.
     */
    @TruffleBoundary
    public synchronized boolean removeAtIfSame(int index, Object expected) {
        if (index >= size || items[index] != expected) {
            return false;
        }
        removeAt(index);
        return true;
    }

    @TruffleBoundary
    public synchronized void reverse() {
        for (int i = 0, j = size - 1; i < j; i++, j--) {
            Object tmp = items[i];
            items[i] = items[j];
            items[j] = tmp;
        }
    }

    /** {@code list *= times} for {@code times >= 1}; false, changing nothing, when the result would not fit in memory. */
    @TruffleBoundary
    public synchronized boolean repeatInPlace(long times) {
        int n = size;
        if (n > 0 && times > MAX_SIZE / n) {
            return false;
        }
        int total = (int) (n * times);
        Object[] out = Arrays.copyOf(items, total);
        for (int k = 1; k < times; k++) {
            System.arraycopy(items, 0, out, k * n, n);
        }
        items = out;
        size = total;
        return true;
    }

    /** {@code list.clear()}; an empty list keeps its array, as CPython's does (so a sort in progress does not notice). */
    public synchronized void clear() {
        if (size > 0) {
            items = EMPTY;
            size = 0;
        }
    }

    /** A sort in progress: the items it took and the marker array that shows whether the list changed since. */
    public record SortInProgress(Object[] items, Object[] marker, boolean startedDuringAnother) {
    }

    /**
     * Starts {@code list.sort}: takes the items out, leaving the list empty (as CPython's list
     * looks while it is being sorted) with a fresh marker array, so that {@link #endSort} can
     * tell whether anybody changed the list meanwhile.
     */
    @TruffleBoundary
    public synchronized SortInProgress beginSort() {
        SortInProgress sort = new SortInProgress(Arrays.copyOf(items, size), new Object[0], sortsInProgress > 0);
        sortsInProgress++;
        items = sort.marker();
        size = 0;
        return sort;
    }

    /**
     * Puts the sorted items back; false when the list was changed during the sort, whose changes
     * are then lost as in CPython. A sort that began while another one was running and found
     * only that sort's empty list keeps the list as it is when it changed meanwhile, rather than
     * overwrite another sort's result (CPython's lock makes that order impossible). A sort that
     * took items always puts them back: at any moment the items are in the list or held by
     * exactly one sort, so none is ever lost.
     */
    @TruffleBoundary
    public synchronized boolean endSort(SortInProgress sort, Object[] sorted) {
        sortsInProgress--;
        boolean untouched = items == sort.marker() && size == 0;
        if (untouched || !sort.startedDuringAnother() || sorted.length > 0) {
            items = sorted;
            size = sorted.length;
        }
        return untouched;
    }

    /** The items at one moment. */
    @TruffleBoundary
    public synchronized Object[] snapshot() {
        return Arrays.copyOf(items, size);
    }

    /** Replaces the whole contents at once (slice assignment, sort, reverse, clear). */
    @TruffleBoundary
    public synchronized void replaceAll(Object[] newItems) {
        items = newItems;
        size = newItems.length;
    }

    /**
     * Replaces {@code [start, stop)} with {@code values}; start and stop are already clamped.
     * A concurrent change between the caller's snapshot and this call is still applied whole.
     */
    @TruffleBoundary
    public synchronized void replaceRange(int start, int stop, Object[] values) {
        int lo = Math.min(start, size);
        int hi = Math.max(lo, Math.min(stop, size));
        int newSize = size - (hi - lo) + values.length;
        Object[] out = new Object[Math.max(newSize, 4)];
        System.arraycopy(items, 0, out, 0, lo);
        System.arraycopy(values, 0, out, lo, values.length);
        System.arraycopy(items, hi, out, lo + values.length, size - hi);
        items = out;
        size = newSize;
    }
}
