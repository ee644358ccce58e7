package skein.stdlib.io;

import skein.interpreter.objects.PythonClass;
import skein.interpreter.runtime.exception.PythonErrors;

import java.util.Arrays;

/** {@code io.BytesIO}: bytes in memory. */
final class BytesIO extends MemoryStream {

    private static final byte[] EMPTY = new byte[0];

    private byte[] data = EMPTY;

    BytesIO(PythonClass cls) {
        super(cls, IOModule.CLOSED_FILE, "negative size value ");
    }

    /** {@code __init__}: the object holds {@code initial} (null for nothing), positioned at the start. */
    synchronized void reset(byte[] initial) {
        reopen();
        if (initial != null) {
            data = initial.clone();
            size = data.length;
        }
    }

    @Override
    protected void discardBuffer() {
        data = EMPTY;
    }

    /** Writes at the position, past the end after padding with zero bytes; returns the count written. */
    synchronized long write(byte[] bytes) {
        checkOpen();
        if (bytes.length == 0) {
            return 0;
        }
        int end = position + bytes.length;
        if (end > data.length) {
            data = Arrays.copyOf(data, Math.max(end, data.length + (data.length >> 1) + 16));
        }
        if (position > size) {
            Arrays.fill(data, size, position, (byte) 0);
        }
        System.arraycopy(bytes, 0, data, position, bytes.length);
        position = end;
        size = Math.max(size, end);
        return bytes.length;
    }

    /** Up to {@code count} bytes (all that are left when negative). */
    synchronized byte[] read(long count) {
        checkOpen();
        return take(readCount(count));
    }

    /** The next line, {@code \n} included, at most {@code limit} bytes when not negative. */
    synchronized byte[] readLine(long limit) {
        checkOpen();
        int end = size;
        if (position >= size) {
            return EMPTY;
        }
        if (limit >= 0 && limit < size - position) {
            end = position + (int) limit;
        }
        int stop = position;
        while (stop < end && data[stop++] != '\n') {
            // advances past the line's end
        }
        return take(stop - position);
    }

    private byte[] take(int n) {
        byte[] result = Arrays.copyOfRange(data, position, position + n);
        position += n;
        return result;
    }

    synchronized byte[] getValue() {
        checkOpen();
        return Arrays.copyOf(data, size);
    }

    /** Moves the position; a relative target before the start stops at 0, as in CPython. */
    synchronized long seek(long offset, int whence) {
        checkOpen();
        if (whence < 0 || whence > 2) {
            throw PythonErrors.valueError("invalid whence (" + whence + ", should be 0, 1 or 2)");
        }
        if (whence == 0 && offset < 0) {
            throw PythonErrors.valueError("negative seek value " + offset);
        }
        long base = whence == 0 ? 0 : whence == 1 ? position : size;
        return moveTo(Math.max(0, base + offset));
    }
}
