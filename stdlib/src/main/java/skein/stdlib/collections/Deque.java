package skein.stdlib.collections;

import skein.interpreter.objects.PythonClass;
import skein.interpreter.objects.PythonObject;
import skein.interpreter.runtime.exception.PythonErrors;

import java.util.Arrays;

/**
 * A {@code collections.deque}: a ring buffer, optionally bounded by maxlen (appending to a full
 * deque drops an item from the other end). Every method that touches the buffer holds the
 * deque's monitor, so each single operation is atomic under threads; none of them calls Python
 * code while holding it. {@link #state} counts mutations, so that iterators and comparisons
 * can tell the deque changed under them.
 */
public final class Deque extends PythonObject {

    private Object[] items = new Object[8];
    private int head;
    private int size;
    /** -1 when unbounded. */
    private int maxlen = -1;
    private long state;

    public Deque(PythonClass cls) {
        super(cls);
    }

    /** What {@code __init__} does: empties the deque and sets its bound (contents are added after). */
    synchronized void reset(int newMaxlen) {
        clearItems();
        maxlen = newMaxlen;
    }

    synchronized int maxlen() {
        return maxlen;
    }

    public synchronized int size() {
        return size;
    }

    synchronized long state() {
        return state;
    }

    synchronized Object[] snapshot() {
        Object[] out = new Object[size];
        for (int i = 0; i < size; i++) {
            out[i] = items[slot(i)];
        }
        return out;
    }

    public synchronized void append(Object value) {
        state++;
        if (maxlen == 0) {
            return;
        }
        if (size == maxlen) {
            items[head] = null;
            head = slot(1);
            size--;
        }
        grow();
        items[slot(size)] = value;
        size++;
    }

    synchronized void appendLeft(Object value) {
        state++;
        if (maxlen == 0) {
            return;
        }
        if (size == maxlen) {
            items[slot(size - 1)] = null;
            size--;
        }
        grow();
        head = slot(-1);
        items[head] = value;
        size++;
    }

    synchronized Object pop() {
        if (size == 0) {
            throw PythonErrors.indexError("pop from an empty deque");
        }
        state++;
        int last = slot(size - 1);
        Object value = items[last];
        items[last] = null;
        size--;
        return value;
    }

    public synchronized Object popLeft() {
        if (size == 0) {
            throw PythonErrors.indexError("pop from an empty deque");
        }
        state++;
        Object value = items[head];
        items[head] = null;
        head = slot(1);
        size--;
        return value;
    }

    synchronized void clear() {
        clearItems();
    }

    private void clearItems() {
        state++;
        Arrays.fill(items, null);
        head = 0;
        size = 0;
    }

    /** Moves the last n items to the front (the first -n to the back when n is negative). */
    synchronized void rotate(long n) {
        if (size <= 1) {
            return;
        }
        state++;
        int shift = (int) Math.floorMod(n, (long) size);
        if (shift == 0) {
            return;
        }
        Object[] rotated = new Object[items.length];
        for (int i = 0; i < size; i++) {
            rotated[(i + shift) % size] = items[slot(i)];
        }
        items = rotated;
        head = 0;
    }

    synchronized void reverse() {
        state++;
        for (int i = 0, j = size - 1; i < j; i++, j--) {
            int a = slot(i);
            int b = slot(j);
            Object t = items[a];
            items[a] = items[b];
            items[b] = t;
        }
    }

    /** The item at a possibly negative index, or IndexError. */
    synchronized Object get(long index) {
        return items[slot(checkedIndex(index))];
    }

    synchronized void set(long index, Object value) {
        items[slot(checkedIndex(index))] = value;
    }

    synchronized void delete(long index) {
        removeAt(checkedIndex(index));
    }

    /** list.insert's index rules; IndexError when a bounded deque is full. */
    synchronized void insert(long index, Object value) {
        if (size == maxlen) {
            throw PythonErrors.indexError("deque already at its maximum size");
        }
        long at = index < 0 ? Math.max(0, index + size) : Math.min(index, size);
        append(value);
        for (int i = size - 1; i > at; i--) {
            items[slot(i)] = items[slot(i - 1)];
        }
        items[slot((int) at)] = value;
    }

    /**
     * Removes the item at {@code index} if the deque has not changed since {@code expectedState};
     * false when it has.
     */
    synchronized boolean removeAt(int index, long expectedState) {
        if (state != expectedState) {
            return false;
        }
        removeAt(index);
        return true;
    }

    private void removeAt(int index) {
        state++;
        for (int i = index; i < size - 1; i++) {
            items[slot(i)] = items[slot(i + 1)];
        }
        items[slot(size - 1)] = null;
        size--;
    }

    /**
     * The item at {@code index} for an iterator made in {@code expectedState}; RuntimeError if
     * the deque has changed since.
     */
    synchronized Object itemForIterator(int index, long expectedState) {
        if (state != expectedState) {
            throw PythonErrors.runtimeError("deque mutated during iteration");
        }
        return items[slot(index)];
    }

    private int checkedIndex(long index) {
        long i = index < 0 ? index + size : index;
        if (i < 0 || i >= size) {
            throw PythonErrors.indexError("deque index out of range");
        }
        return (int) i;
    }

    private int slot(int offset) {
        return Math.floorMod(head + offset, items.length);
    }

    private void grow() {
        if (size < items.length) {
            return;
        }
        Object[] bigger = new Object[items.length * 2];
        for (int i = 0; i < size; i++) {
            bigger[i] = items[slot(i)];
        }
        items = bigger;
        head = 0;
    }
}
