package skein.interpreter.runtime.io;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import skein.interpreter.objects.PythonClass;
import skein.interpreter.objects.PythonObject;
import skein.interpreter.runtime.exception.PythonErrors;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * A text stream ({@code io.TextIOWrapper}): the standard streams and files opened in text mode.
 * Writes are encoded and kept in a buffer that is flushed when full, on {@code flush()}, on
 * close, at exit, and after each newline when line-buffered, as CPython does. Reads decode the
 * whole input lazily, line by line. All operations hold the stream's monitor, so lines written
 * by different threads never interleave inside one {@code write} call.
 */
public final class PTextIO extends PythonObject {

    private static final int BUFFER_SIZE = 8192;

    private final String name;
    private final String mode;
    private final Charset charset;
    private final OutputStream out;
    private final InputStream in;
    private final boolean lineBuffered;
    private final ByteArrayOutputStream pending = new ByteArrayOutputStream();
    private String readBuffer;
    private int readPosition;
    private boolean closed;

    public PTextIO(PythonClass cls, String name, String mode, Charset charset, OutputStream out, InputStream in,
                   boolean lineBuffered) {
        super(cls);
        this.name = name;
        this.mode = mode;
        this.charset = charset;
        this.out = out;
        this.in = in;
        this.lineBuffered = lineBuffered;
    }

    public String name() {
        return name;
    }

    public String mode() {
        return mode;
    }

    public String encoding() {
        return charset == StandardCharsets.UTF_8 ? "utf-8" : charset.name();
    }

    public synchronized boolean isClosed() {
        return closed;
    }

    public boolean readable() {
        return in != null;
    }

    public boolean writable() {
        return out != null;
    }

    /** {@code write(s)}: returns the number of characters written. */
    @TruffleBoundary
    public synchronized long write(String text) {
        checkOpen();
        if (out == null) {
            throw UnsupportedOperation.error("not writable");
        }
        byte[] bytes = text.getBytes(charset);
        pending.write(bytes, 0, bytes.length);
        if (pending.size() >= BUFFER_SIZE || (lineBuffered && text.indexOf('\n') >= 0)) {
            flushPending();
        }
        return text.codePointCount(0, text.length());
    }

    @TruffleBoundary
    public synchronized void flush() {
        checkOpen();
        flushPending();
    }

    private void flushPending() {
        if (out == null || pending.size() == 0) {
            return;
        }
        try {
            pending.writeTo(out);
            pending.reset();
            out.flush();
        } catch (IOException e) {
            pending.reset();
            throw PythonErrors.create(skein.interpreter.SkeinLanguage.types().osError, e.getMessage());
        }
    }

    /** Writes out what is buffered without failing; for interpreter exit. */
    @TruffleBoundary
    public synchronized void flushQuietly() {
        try {
            flushPending();
        } catch (RuntimeException ignored) {
            // At exit a broken pipe must not turn into a traceback, as in CPython.
        }
    }

    @TruffleBoundary
    public synchronized void close() {
        if (closed) {
            return;
        }
        flushQuietly();
        closed = true;
        try {
            if (out != null) {
                out.close();
            }
            if (in != null) {
                in.close();
            }
        } catch (IOException e) {
            throw PythonErrors.create(skein.interpreter.SkeinLanguage.types().osError, e.getMessage());
        }
    }

    /** Closes a stream that is not the process's own stdout/stderr/stdin. */
    private void checkOpen() {
        if (closed) {
            throw PythonErrors.valueError("I/O operation on closed file.");
        }
    }

    private void fillReadBuffer() {
        if (readBuffer != null) {
            return;
        }
        if (in == null) {
            throw UnsupportedOperation.error("not readable");
        }
        try {
            byte[] all = in.readAllBytes();
            CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            CharBuffer chars = decoder.decode(ByteBuffer.wrap(all));
            readBuffer = chars.toString().replace("\r\n", "\n");
        } catch (CharacterCodingException e) {
            throw PythonErrors.create(skein.interpreter.SkeinLanguage.types().unicodeDecodeError,
                    "'" + encoding() + "' codec can't decode bytes: invalid data");
        } catch (IOException e) {
            throw PythonErrors.create(skein.interpreter.SkeinLanguage.types().osError, e.getMessage());
        }
    }

    /** {@code read(size=-1)}. */
    @TruffleBoundary
    public synchronized String read(long size) {
        checkOpen();
        fillReadBuffer();
        int end = size < 0 ? readBuffer.length() : (int) Math.min(readBuffer.length(), readPosition + size);
        String result = readBuffer.substring(readPosition, end);
        readPosition = end;
        return result;
    }

    /** {@code readline()}: the next line with its newline, or "" at the end. */
    @TruffleBoundary
    public synchronized String readLine() {
        checkOpen();
        if (in != null && readBuffer == null && isInteractiveInput()) {
            return readLineDirectly();
        }
        fillReadBuffer();
        if (readPosition >= readBuffer.length()) {
            return "";
        }
        int newline = readBuffer.indexOf('\n', readPosition);
        int end = newline < 0 ? readBuffer.length() : newline + 1;
        String line = readBuffer.substring(readPosition, end);
        readPosition = end;
        return line;
    }

    private boolean isInteractiveInput() {
        return name.equals("<stdin>");
    }

    /** Reads one line from stdin without swallowing the rest, so input() works line by line. */
    private String readLineDirectly() {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        try {
            int b;
            while ((b = in.read()) >= 0) {
                line.write(b);
                if (b == '\n') {
                    break;
                }
            }
        } catch (IOException e) {
            throw PythonErrors.create(skein.interpreter.SkeinLanguage.types().osError, e.getMessage());
        }
        return line.toString(charset).replace("\r\n", "\n");
    }
}
