package skein.interpreter.runtime.codecs;

import java.util.Arrays;

/** A growable byte array that encoders write into. */
final class ByteSink {

    private byte[] bytes;
    private int size;

    ByteSink(int capacity) {
        bytes = new byte[Math.max(capacity, 16)];
    }

    void write(int b) {
        if (size == bytes.length) {
            grow(size + 1);
        }
        bytes[size++] = (byte) b;
    }

    void write(byte[] data, int from, int to) {
        int count = to - from;
        if (size + count > bytes.length) {
            grow(size + count);
        }
        System.arraycopy(data, from, bytes, size, count);
        size += count;
    }

    private void grow(int needed) {
        long capacity = Math.max(needed, (long) bytes.length * 2);
        if (capacity > Integer.MAX_VALUE - 16) {
            if (needed > Integer.MAX_VALUE - 16) {
                throw new OutOfMemoryError("bytes of " + needed + " bytes");
            }
            capacity = needed;
        }
        bytes = Arrays.copyOf(bytes, (int) capacity);
    }

    byte[] toArray() {
        return size == bytes.length ? bytes : Arrays.copyOf(bytes, size);
    }
}
