package skein.interpreter.objects;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import java.util.Arrays;

/**
 * {@code bytearray}: a mutable byte sequence. Every operation holds the object's monitor, so
 * each is atomic as in CPython; methods that read the whole contents work on a {@link #snapshot}.
 */
public final class PByteArray extends PythonObject {

    private static final byte[] EMPTY = new byte[0];

    private byte[] bytes;
    private int size;

    public PByteArray(PythonClass cls) {
        super(cls);
        this.bytes = EMPTY;
    }

    /** Takes ownership of {@code bytes}. */
    public PByteArray(PythonClass cls, byte[] bytes) {
        super(cls);
        this.bytes = bytes;
        this.size = bytes.length;
    }

    public synchronized int size() {
        return size;
    }

    /** The byte (0-255) at a non-negative index, or -1 past the end. */
    public synchronized int getOrMinusOne(int index) {
        return index < size ? bytes[index] & 0xff : -1;
    }

    /** Replaces a byte; false when the index is past the end. */
    public synchronized boolean setIfPresent(int index, int value) {
        if (index >= size) {
            return false;
        }
        bytes[index] = (byte) value;
        return true;
    }

    /** The contents at one moment, as a new array. */
    @TruffleBoundary
    public synchronized byte[] snapshot() {
        return Arrays.copyOf(bytes, size);
    }

    public synchronized void append(int value) {
        if (size == bytes.length) {
            grow(size + 1);
        }
        bytes[size++] = (byte) value;
    }

    @TruffleBoundary
    public synchronized void appendAll(byte[] values) {
        if (size + values.length > bytes.length) {
            grow(size + values.length);
        }
        System.arraycopy(values, 0, bytes, size, values.length);
        size += values.length;
    }

    /** Inserts before a position the caller clamped to [0, size] (re-clamped here for races). */
    @TruffleBoundary
    public synchronized void insert(int index, int value) {
        int at = Math.max(0, Math.min(index, size));
        if (size == bytes.length) {
            grow(size + 1);
        }
        System.arraycopy(bytes, at, bytes, at + 1, size - at);
        bytes[at] = (byte) value;
        size++;
    }

    /** Removes and returns the byte at a non-negative index, or -1 past the end. */
    @TruffleBoundary
    public synchronized int removeAt(int index) {
        if (index >= size) {
            return -1;
        }
        int value = bytes[index] & 0xff;
        System.arraycopy(bytes, index + 1, bytes, index, size - index - 1);
        size--;
        return value;
    }

    /** Removes the first occurrence of a byte; false when there is none. */
    @TruffleBoundary
    public synchronized boolean removeFirst(int value) {
        for (int i = 0; i < size; i++) {
            if ((bytes[i] & 0xff) == value) {
                System.arraycopy(bytes, i + 1, bytes, i, size - i - 1);
                size--;
                return true;
            }
        }
        return false;
    }

    /** Replaces {@code [start, stop)}, clamped to the current size, with {@code values}. */
    @TruffleBoundary
    public synchronized void replaceRange(int start, int stop, byte[] values) {
        int lo = Math.max(0, Math.min(start, size));
        int hi = Math.max(lo, Math.min(stop, size));
        int newSize = size - (hi - lo) + values.length;
        byte[] out = new byte[Math.max(newSize, 8)];
        System.arraycopy(bytes, 0, out, 0, lo);
        System.arraycopy(values, 0, out, lo, values.length);
        System.arraycopy(bytes, hi, out, lo + values.length, size - hi);
        bytes = out;
        size = newSize;
    }

    /** Reverses the bytes in place. */
    @TruffleBoundary
    public synchronized void reverse() {
        for (int i = 0, j = size - 1; i < j; i++, j--) {
            byte b = bytes[i];
            bytes[i] = bytes[j];
            bytes[j] = b;
        }
    }

    /** {@code self *= times}: the contents repeated, or emptied for a count below one. */
    @TruffleBoundary
    public synchronized void repeat(long times) {
        if (times <= 0 || size == 0) {
            size = 0;
            return;
        }
        if (times > (Integer.MAX_VALUE - 16) / size) {
            throw new OutOfMemoryError("bytearray of " + size + " * " + times + " bytes");
        }
        byte[] out = new byte[(int) (size * times)];
        for (int i = 0; i < times; i++) {
            System.arraycopy(bytes, 0, out, i * size, size);
        }
        bytes = out;
        size = out.length;
    }

    /** Replaces the whole contents at once; takes ownership of {@code values}. */
    public synchronized void replaceAll(byte[] values) {
        bytes = values;
        size = values.length;
    }

    @TruffleBoundary
    private void grow(int needed) {
        long capacity = Math.max(needed, bytes.length + (bytes.length >> 1) + 8L);
        if (capacity > Integer.MAX_VALUE - 16) {
            if (needed > Integer.MAX_VALUE - 16) {
                throw new OutOfMemoryError("bytearray of " + needed + " bytes");
            }
            capacity = needed;
        }
        bytes = Arrays.copyOf(bytes, (int) capacity);
    }
}
