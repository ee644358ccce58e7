package skein.stdlib.io;

import skein.interpreter.objects.PythonClass;
import skein.interpreter.runtime.exception.PythonErrors;

/**
 * What {@link StringIO} and {@link BytesIO} share: a buffer of {@code size} units (characters
 * or bytes), a position that may lie past its end, and whether it was closed. Every operation
 * holds the object's monitor, so threads sharing one each see whole writes and reads. The two
 * word their errors differently, as CPython's do.
 */
abstract class MemoryStream extends IOBase {

    /** The most units a buffer holds, as Java arrays allow. */
    private static final int MAX_SIZE = Integer.MAX_VALUE - 8;

    /** The message of the error for any use once closed. */
    private final String closedMessage;
    /** The message of the error for a negative {@code truncate} size, before the size. */
    private final String negativeSizeMessage;
    protected int size;
    protected int position;
    private boolean closed;

    MemoryStream(PythonClass cls, String closedMessage, String negativeSizeMessage) {
        super(cls);
        this.closedMessage = closedMessage;
        this.negativeSizeMessage = negativeSizeMessage;
    }

    /** Drops the buffer; the object is empty. */
    protected abstract void discardBuffer();

    /** Makes the object open and empty again ({@code __init__}). */
    protected void reopen() {
        discardBuffer();
        size = 0;
        position = 0;
        closed = false;
    }

    synchronized void checkOpen() {
        if (closed) {
            throw PythonErrors.valueError(closedMessage);
        }
    }

    synchronized long tell() {
        checkOpen();
        return position;
    }

    /** The number of units a read of {@code count} takes (all that are left when negative). */
    protected int readCount(long count) {
        int available = Math.max(0, size - position);
        return count < 0 || count > available ? available : (int) count;
    }

    /** Moves the position to {@code target}, checked to fit a buffer. */
    protected long moveTo(long target) {
        if (target > MAX_SIZE) {
            throw PythonErrors.overflowError("new position too large");
        }
        position = (int) target;
        return position;
    }

    /** Cuts the buffer to {@code newSize} units (the position when null); the position stays. */
    synchronized long truncate(Long newSize) {
        checkOpen();
        long cut = newSize == null ? position : newSize;
        if (cut < 0) {
            throw PythonErrors.valueError(negativeSizeMessage + cut);
        }
        if (cut < size) {
            size = (int) cut;
        }
        return cut;
    }

    synchronized void close() {
        closed = true;
        discardBuffer();
        size = 0;
    }

    synchronized boolean isClosed() {
        return closed;
    }
}
