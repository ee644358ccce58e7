package skein.interpreter.runtime.io;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import skein.interpreter.SkeinLanguage;
import skein.interpreter.objects.PythonClass;
import skein.interpreter.objects.PythonObject;
import skein.interpreter.runtime.exception.PException;
import skein.interpreter.runtime.exception.PythonErrors;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * A text stream ({@code io.TextIOWrapper}): the standard streams and files opened in text
 * mode. Writes are encoded into a buffer that is written out when full, on {@code flush()}, on
 * close, at exit, and after each newline when line-buffered, as CPython does. Reads decode in
 * chunks and translate {@code \r\n} and {@code \r} to {@code \n} (universal newlines) unless
 * newline translation is off. Every operation holds the stream's monitor, so text written by
 * different threads never interleaves inside one {@code write} call.
 */
public final class PTextIO extends PythonObject {

    private static final int CHUNK = 8192;

    private final String name;
    private final String mode;
    private final Charset charset;
    private final ByteStore store;
    private final boolean readable;
    private final boolean writable;
    private final boolean lineBuffered;
    /** {@code newline} argument: null (universal), "" (no translation), "\n", "\r" or "\r\n". */
    private final String newline;
    private final ByteArrayOutputStream pendingWrites = new ByteArrayOutputStream();
    private final CharsetDecoder decoder;
    /** Decoded text not yet returned to the program, as decoded (before newline translation). */
    private final StringBuilder pendingText = new StringBuilder();
    /** Bytes read from the store but not yet decoded (an incomplete sequence at a chunk end). */
    private ByteBuffer pendingBytes = ByteBuffer.allocate(0);
    private boolean endOfInput;
    private boolean closed;

    public PTextIO(PythonClass cls, String name, String mode, Charset charset, ByteStore store, boolean readable,
                   boolean writable, boolean lineBuffered, String newline) {
        super(cls);
        this.name = name;
        this.mode = mode;
        this.charset = charset;
        this.store = store;
        this.readable = readable;
        this.writable = writable;
        this.lineBuffered = lineBuffered;
        this.newline = newline;
        this.decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    public String name() {
        return name;
    }

    public String mode() {
        return mode;
    }

    public String encoding() {
        return charset == StandardCharsets.UTF_8 ? "UTF-8" : charset.name();
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

    // ---- writing ----

    /** {@code write(s)}: returns the number of characters written. */
    @TruffleBoundary
    public synchronized long write(String text) {
        checkOpen();
        if (!writable) {
            throw UnsupportedOperation.error("not writable");
        }
        repositionAfterReading();
        String translated = newline == null || newline.isEmpty() || newline.equals("\n") ? text : text.replace("\n", newline);
        byte[] bytes = encode(translated);
        pendingWrites.write(bytes, 0, bytes.length);
        if (pendingWrites.size() >= CHUNK || (lineBuffered && text.indexOf('\n') >= 0)) {
            flushWrites();
        }
        return text.codePointCount(0, text.length());
    }

    private byte[] encode(String text) {
        try {
            ByteBuffer buffer = charset.newEncoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).encode(CharBuffer.wrap(text));
            byte[] out = new byte[buffer.remaining()];
            buffer.get(out);
            return out;
        } catch (CharacterCodingException e) {
            throw encodeError(text);
        }
    }

    private PException encodeError(String text) {
        var encoder = charset.newEncoder();
        int index = 0;
        for (int offset = 0; offset < text.length(); index++) {
            int codePoint = text.codePointAt(offset);
            if (!encoder.canEncode(new String(Character.toChars(codePoint)))) {
                return PythonErrors.create(SkeinLanguage.types().exceptionByName("UnicodeEncodeError"),
                        "'" + encodingName() + "' codec can't encode character '\\u" + String.format("%04x", codePoint)
                                + "' in position " + index + ": ordinal not in range(" + (charset.name().equals("US-ASCII")
                                ? 128 : 256) + ")");
            }
            offset += Character.charCount(codePoint);
        }
        return PythonErrors.valueError("cannot encode text");
    }

    private String encodingName() {
        return switch (charset.name()) {
            case "US-ASCII" -> "ascii";
            case "ISO-8859-1" -> "latin-1";
            default -> charset.name().toLowerCase();
        };
    }

    @TruffleBoundary
    public synchronized void flush() {
        checkOpen();
        flushWrites();
    }

    private void flushWrites() {
        if (pendingWrites.size() == 0) {
            return;
        }
        try {
            byte[] bytes = pendingWrites.toByteArray();
            pendingWrites.reset();
            store.write(bytes, 0, bytes.length);
            store.flush();
        } catch (IOException e) {
            pendingWrites.reset();
            throw FileErrors.fromIOException(e, name);
        }
    }

    /** Writes out what is buffered without failing; for interpreter exit. */
    @TruffleBoundary
    public synchronized void flushQuietly() {
        try {
            flushWrites();
        } catch (RuntimeException ignored) {
            // At exit a broken pipe must not turn into a traceback, as in CPython.
        }
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

    private void checkOpen() {
        if (closed) {
            throw PythonErrors.valueError("I/O operation on closed file.");
        }
    }

    // ---- reading ----

    private void checkReadable() {
        checkOpen();
        if (!readable) {
            throw UnsupportedOperation.error("not readable");
        }
        flushWrites();
    }

    /** Decodes another chunk into the pending text; false at the end of the input. */
    private boolean fill() {
        if (endOfInput) {
            return false;
        }
        byte[] chunk = new byte[CHUNK];
        int n;
        try {
            n = store.read(chunk, 0, chunk.length);
        } catch (IOException e) {
            throw FileErrors.fromIOException(e, name);
        }
        ByteBuffer input;
        if (n <= 0) {
            endOfInput = true;
            input = pendingBytes;
        } else {
            input = ByteBuffer.allocate(pendingBytes.remaining() + n);
            input.put(pendingBytes).put(chunk, 0, n).flip();
        }
        CharBuffer out = CharBuffer.allocate(input.remaining() + 1);
        CoderResult result = decoder.decode(input, out, endOfInput);
        if (result.isError()) {
            throw decodeError(input, result);
        }
        if (endOfInput) {
            decoder.flush(out);
            decoder.reset();
            if (input.hasRemaining()) {
                throw decodeError(input, CoderResult.malformedForLength(input.remaining()));
            }
        }
        pendingBytes = input.slice();
        out.flip();
        pendingText.append(out);
        return n > 0 || out.length() > 0;
    }

    private PException decodeError(ByteBuffer input, CoderResult result) {
        int position = input.position();
        int bad = input.get(position) & 0xff;
        return PythonErrors.create(SkeinLanguage.types().unicodeDecodeError, "'" + encodingName()
                + "' codec can't decode byte 0x" + String.format("%02x", bad) + " in position " + position
                + ": invalid start byte");
    }

    /** {@code read(size=-1)}. */
    @TruffleBoundary
    public synchronized String read(long size) {
        checkReadable();
        if (size < 0) {
            while (fill()) {
                // read everything
            }
            return take(pendingText.length());
        }
        while (translatedLength() < size && fill()) {
            // read until enough characters are pending
        }
        return takeCharacters(size);
    }

    /** {@code readline(size=-1)}: the next line with its newline, or "" at the end. */
    @TruffleBoundary
    public synchronized String readLine(long limit) {
        checkReadable();
        while (true) {
            int end = lineEnd();
            if (end >= 0) {
                String line = take(end);
                return limit >= 0 && line.codePointCount(0, line.length()) > limit ? cut(line, limit) : line;
            }
            if (limit >= 0 && translatedLength() >= limit) {
                return takeCharacters(limit);
            }
            if (!fill()) {
                return take(pendingText.length());
            }
        }
    }

    private String cut(String line, long limit) {
        int offset = line.offsetByCodePoints(0, (int) limit);
        String head = line.substring(0, offset);
        // The rest goes back already translated; translating it again changes nothing.
        pendingText.insert(0, line.substring(offset));
        return head;
    }

    /** The raw index just past the next line ending in the pending text, or -1. */
    private int lineEnd() {
        for (int i = 0; i < pendingText.length(); i++) {
            char c = pendingText.charAt(i);
            if (c == '\n' && (newline == null || newline.isEmpty() || newline.equals("\n"))) {
                return i + 1;
            }
            if (c == '\r' && (newline == null || newline.isEmpty() || !newline.equals("\n"))) {
                if (i + 1 < pendingText.length()) {
                    if (pendingText.charAt(i + 1) == '\n') {
                        return (newline == null || newline.isEmpty() || newline.equals("\r\n")) ? i + 2 : -1;
                    }
                    return newline == null || newline.isEmpty() || newline.equals("\r") ? i + 1 : -1;
                }
                if (endOfInput) {
                    return newline == null || newline.isEmpty() || newline.equals("\r") ? i + 1 : -1;
                }
                return -1;
            }
        }
        return -1;
    }

    /** Takes {@code rawLength} chars of pending text, translating line endings. */
    private String take(int rawLength) {
        String raw = pendingText.substring(0, rawLength);
        pendingText.delete(0, rawLength);
        return translate(raw);
    }

    private String translate(String raw) {
        if (newline == null) {
            return raw.replace("\r\n", "\n").replace('\r', '\n');
        }
        return raw;
    }

    private long translatedLength() {
        String text = translate(pendingText.toString());
        return text.codePointCount(0, text.length());
    }

    /** Takes up to {@code count} characters (after translation). */
    private String takeCharacters(long count) {
        StringBuilder out = new StringBuilder();
        long taken = 0;
        while (taken < count && pendingText.length() > 0) {
            char c = pendingText.charAt(0);
            if (c == '\r' && newline == null && pendingText.length() > 1 && pendingText.charAt(1) == '\n') {
                pendingText.delete(0, 2);
                out.append('\n');
            } else if (Character.isHighSurrogate(c) && pendingText.length() > 1) {
                out.append(pendingText, 0, 2);
                pendingText.delete(0, 2);
            } else {
                pendingText.deleteCharAt(0);
                out.append(newline == null && c == '\r' ? '\n' : c);
            }
            taken++;
        }
        return out.toString();
    }

    // ---- positioning ----

    /** After reading, the store is ahead of what the program consumed: move it back before writing. */
    private void repositionAfterReading() {
        if (!readable || !store.seekable() || (pendingText.length() == 0 && !pendingBytes.hasRemaining())) {
            return;
        }
        long logical = logicalPosition();
        discardReadState();
        try {
            store.position(logical);
        } catch (IOException e) {
            throw FileErrors.fromIOException(e, name);
        }
    }

    private long logicalPosition() {
        try {
            return store.position() - pendingBytes.remaining() - charset.encode(pendingText.toString()).remaining();
        } catch (IOException e) {
            throw FileErrors.fromIOException(e, name);
        }
    }

    private void discardReadState() {
        pendingText.setLength(0);
        pendingBytes = ByteBuffer.allocate(0);
        endOfInput = false;
        decoder.reset();
    }

    /** {@code tell()}: the byte position of what the program has read or written so far. */
    @TruffleBoundary
    public synchronized long tell() {
        checkOpen();
        requireSeekable();
        flushWrites();
        return logicalPosition();
    }

    /** {@code seek(offset, whence)}, with the text-mode limits CPython has. */
    @TruffleBoundary
    public synchronized long seek(long offset, int whence) {
        checkOpen();
        requireSeekable();
        if (whence == 1 && offset != 0) {
            throw UnsupportedOperation.error("can't do nonzero cur-relative seeks");
        }
        if (whence == 2 && offset != 0) {
            throw UnsupportedOperation.error("can't do nonzero end-relative seeks");
        }
        if (whence < 0 || whence > 2) {
            throw PythonErrors.valueError("invalid whence (" + whence + ", should be 0, 1 or 2)");
        }
        if (whence == 0 && offset < 0) {
            throw PythonErrors.valueError("negative seek position " + offset);
        }
        flushWrites();
        try {
            long target = switch (whence) {
                case 0 -> offset;
                case 1 -> logicalPosition();
                default -> store.size();
            };
            discardReadState();
            store.position(target);
            return target;
        } catch (IOException e) {
            throw FileErrors.fromIOException(e, name);
        }
    }

    @TruffleBoundary
    public synchronized long truncate(long size) {
        checkOpen();
        requireSeekable();
        flushWrites();
        try {
            long target = size < 0 ? logicalPosition() : size;
            store.truncate(target);
            return target;
        } catch (IOException e) {
            throw FileErrors.fromIOException(e, name);
        }
    }

    private void requireSeekable() {
        if (!store.seekable()) {
            throw UnsupportedOperation.error("underlying stream is not seekable");
        }
    }
}
