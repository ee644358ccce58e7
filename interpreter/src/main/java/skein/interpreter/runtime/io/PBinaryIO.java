package skein.interpreter.runtime.io;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import skein.interpreter.objects.PythonClass;
import skein.interpreter.objects.PythonObject;
import skein.interpreter.runtime.exception.PythonErrors;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;

/**
 * A buffered binary stream ({@code io.BufferedReader}, {@code BufferedWriter},
 * {@code BufferedRandom}): files opened with {@code 'b'} in their mode. Reads are served from a
 * read-ahead buffer; writes are buffered; seeking drops the read-ahead and writes out the
 * rest. Every operation holds the stream's monitor.
 */
public final class PBinaryIO extends PythonObject {

    private static final int CHUNK = 8192;

    private final String name;
    private final String mode;
    private final ByteStore store;
    private final boolean readable;
    private final boolean writable;
    private final ByteArrayOutputStream pendingWrites = new ByteArrayOutputStream();
    private byte[] readAhead = new byte[0];
    private int readPosition;
    private boolean closed;

    public PBinaryIO(PythonClass cls, String name, String mode, ByteStore store, boolean readable, boolean writable) {
        super(cls);
        this.name = name;
        this.mode = mode;
        this.store = store;
        this.readable = readable;
        this.writable = writable;
    }

    public String name() {
        return name;
    }

    public String mode() {
        return mode;
    }

    public synchronized boolean isClosed() {
        return closed;
    }

    public boolean readable() {
        return readable;
    }

    public boolean writable() {
        return writable;
    }

    public boolean seekable() {
        return store.seekable();
    }

    private void checkOpen() {
        if (closed) {
            throw PythonErrors.valueError("I/O operation on closed file.");
        }
    }

    @TruffleBoundary
    public synchronized long write(byte[] bytes) {
        checkOpen();
        if (!writable) {
            throw UnsupportedOperation.error("write");
        }
        dropReadAhead();
        pendingWrites.write(bytes, 0, bytes.length);
        if (pendingWrites.size() >= CHUNK) {
            flushWrites();
        }
        return bytes.length;
    }

    private void flushWrites() {
        if (pendingWrites.size() == 0) {
            return;
        }
        byte[] bytes = pendingWrites.toByteArray();
        pendingWrites.reset();
        try {
            store.write(bytes, 0, bytes.length);
            store.flush();
        } catch (IOException e) {
            throw FileErrors.fromIOException(e, name);
        }
    }

    /** Moves the store back to the program's position, forgetting bytes read ahead. */
    private void dropReadAhead() {
        int unread = readAhead.length - readPosition;
        if (unread > 0 && store.seekable()) {
            try {
                store.position(store.position() - unread);
            } catch (IOException e) {
                throw FileErrors.fromIOException(e, name);
            }
        }
        readAhead = new byte[0];
        readPosition = 0;
    }

    private void checkReadable() {
        checkOpen();
        if (!readable) {
            throw UnsupportedOperation.error("read");
        }
        flushWrites();
    }

    /** Reads another chunk into the read-ahead; false at the end. */
    private boolean fill() {
        byte[] chunk = new byte[CHUNK];
        int n;
        try {
            n = store.read(chunk, 0, chunk.length);
        } catch (IOException e) {
            throw FileErrors.fromIOException(e, name);
        }
        if (n <= 0) {
            return false;
        }
        byte[] rest = Arrays.copyOfRange(readAhead, readPosition, readAhead.length);
        readAhead = Arrays.copyOf(rest, rest.length + n);
        System.arraycopy(chunk, 0, readAhead, rest.length, n);
        readPosition = 0;
        return true;
    }

    private int available() {
        return readAhead.length - readPosition;
    }

    private byte[] take(int n) {
        byte[] out = Arrays.copyOfRange(readAhead, readPosition, readPosition + n);
        readPosition += n;
        return out;
    }

    /** {@code read(size=-1)}. */
    @TruffleBoundary
    public synchronized byte[] read(long size) {
        checkReadable();
        if (size < 0) {
            while (fill()) {
                // read everything
            }
            return take(available());
        }
        while (available() < size && fill()) {
            // read until enough is there
        }
        return take((int) Math.min(size, available()));
    }

    /** {@code readline(size=-1)}: up to and including the next b'\n'. */
    @TruffleBoundary
    public synchronized byte[] readLine(long limit) {
        checkReadable();
        int scanned = 0;
        while (true) {
            for (int i = readPosition + scanned; i < readAhead.length; i++) {
                if (readAhead[i] == '\n') {
                    int length = i - readPosition + 1;
                    return take((int) (limit >= 0 ? Math.min(limit, length) : length));
                }
            }
            scanned = available();
            if (limit >= 0 && available() >= limit) {
                return take((int) limit);
            }
            if (!fill()) {
                return take(available());
            }
        }
    }

    @TruffleBoundary
    public synchronized long tell() {
        checkOpen();
        flushWrites();
        try {
            return store.position() - available();
        } catch (IOException e) {
            throw FileErrors.fromIOException(e, name);
        }
    }

    @TruffleBoundary
    public synchronized long seek(long offset, int whence) {
        checkOpen();
        if (whence < 0 || whence > 2) {
            throw PythonErrors.valueError("whence value " + whence + " unsupported");
        }
        flushWrites();
        try {
            long base = switch (whence) {
                case 0 -> 0;
                case 1 -> store.position() - available();
                default -> store.size();
            };
            long target = base + offset;
            if (target < 0) {
                throw PythonErrors.valueError("negative seek value " + target);
            }
            readAhead = new byte[0];
            readPosition = 0;
            store.position(target);
            return target;
        } catch (IOException e) {
            throw FileErrors.fromIOException(e, name);
        }
    }

    @TruffleBoundary
    public synchronized long truncate(long size) {
        checkOpen();
        flushWrites();
        dropReadAhead();
        try {
            long target = size < 0 ? store.position() : size;
            store.truncate(target);
            return target;
        } catch (IOException e) {
            throw FileErrors.fromIOException(e, name);
        }
    }

    @TruffleBoundary
    public synchronized void flush() {
        checkOpen();
        flushWrites();
    }

    @TruffleBoundary
    public synchronized void close() {
        if (closed) {
            return;
        }
        try {
            flushWrites();
        } finally {
            closed = true;
            try {
                store.close();
            } catch (IOException e) {
                throw FileErrors.fromIOException(e, name);
            }
        }
    }
}
