package skein.interpreter.runtime.io;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import skein.interpreter.SkeinLanguage;
import skein.interpreter.objects.PNone;
import skein.interpreter.objects.PythonClass;
import skein.interpreter.objects.PythonObject;
import skein.interpreter.runtime.Comparisons;
import skein.interpreter.runtime.Numbers;
import skein.interpreter.runtime.Reprs;
import skein.interpreter.runtime.codecs.StreamDecoder;
import skein.interpreter.runtime.codecs.StreamEncoder;
import skein.interpreter.runtime.exception.PythonErrors;
import skein.interpreter.runtime.format.FloatRounding;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.Arrays;

/**
 * A text stream ({@code io.TextIOWrapper}): the standard streams and files opened in text
 * mode, encoding and decoding through the codecs with the stream's error handler.
 *
 * <p>Writes are encoded one {@code write} at a time (so error positions count in that text)
 * into a buffer that goes out when full, on {@code flush()}, on close, at exit, and after each
 * line when line-buffered. Reads work as CPython's: the store is read in chunks of 8192 bytes
 * (more when a large {@code read(n)} needs it, the whole rest for {@code read()}), each decoded
 * with the bytes of a sequence the previous chunk cut short; the decoded chunk is consumed by
 * the read calls. A write forgets what was read ahead and writes where reading left the store,
 * as CPython's buffered file does. {@code tell()} rebuilds the position of the next character
 * from the chunk being consumed, as a byte offset or, when no byte offset lands there, a cookie
 * ({@link TellCookie}); the numbers are CPython's.
 *
 * <p>Every operation holds the stream's monitor, so text written by different threads never
 * interleaves inside one {@code write} call.
 */
public final class PTextIO extends PythonObject {

    private static final int CHUNK = 8192;
    /** The most one read of a stream that cannot tell its size asks for. */
    private static final int UNSIZED_PIECE = 1 << 20;
    private static final byte[] NOTHING = new byte[0];

    private final String name;
    private final String mode;
    private final String encoding;
    private final String errors;
    private final ByteStore store;
    private final boolean lineBuffered;
    /** {@code newline} argument: null (universal, translated), "" (universal), "\n", "\r" or "\r\n". */
    private final String newline;
    /** What "\n" becomes when written, or null when it stays. */
    private final String writtenNewline;
    /** Null when the stream is not readable. */
    private final NewlineDecoder decoder;
    /** Null when the stream is not writable. */
    private final StreamEncoder encoder;
    private final ByteArrayOutputStream pendingWrites = new ByteArrayOutputStream();

    /** The last decoded chunk, and how many of its chars the program has read. */
    private String decodedChars = "";
    private int decodedUsed;
    /** Where the last chunk began: the decoder state then, and the bytes decoded since; null when unknown. */
    private int snapshotFlags;
    private byte[] snapshotInput;
    /** Bytes per character in the last chunk, for tell()'s first guess. */
    private double bytesPerChar;
    /** False while iterating with next(), as in CPython, which then refuses tell(). */
    private boolean telling;
    private boolean closed;

    public PTextIO(PythonClass cls, String name, String mode, String encoding, String errors, ByteStore store,
                   boolean readable, boolean writable, boolean lineBuffered, String newline) {
        super(cls);
        this.name = name;
        this.mode = mode;
        this.encoding = encoding;
        this.errors = errors;
        this.store = store;
        this.lineBuffered = lineBuffered;
        this.newline = newline;
        this.writtenNewline = newline != null && !newline.isEmpty() && !newline.equals("\n") ? newline : null;
        boolean universal = newline == null || newline.isEmpty();
        this.decoder = readable ? new NewlineDecoder(StreamDecoder.of(encoding, errors), universal, newline == null) : null;
        this.encoder = writable ? StreamEncoder.of(encoding, errors) : null;
        this.telling = store.seekable();
        if (encoder != null && store.seekable() && bytePosition() != 0) {
            // Appending to a file, or writing into it: its start, and so its mark, are already there.
            encoder.continueStream();
        }
    }

    public String name() {
        return name;
    }

    public String mode() {
        return mode;
    }

    /** {@code encoding}: the name the stream was opened with. */
    public String encoding() {
        return encoding;
    }

    public String errors() {
        return errors;
    }

    public boolean lineBuffered() {
        return lineBuffered;
    }

    public synchronized boolean isClosed() {
        return closed;
    }

    public boolean readable() {
        return decoder != null;
    }

    public boolean writable() {
        return encoder != null;
    }

    public boolean seekable() {
        return store.seekable();
    }

    /** {@code newlines}: the line endings read so far with universal newlines, else None. */
    @TruffleBoundary
    public synchronized Object newlines() {
        return decoder == null ? PNone.NONE : decoder.newlines();
    }

    // ---- writing ----

    /** {@code write(s)}: returns the number of characters written. */
    @TruffleBoundary
    public synchronized long write(String text) {
        checkOpen();
        if (encoder == null) {
            throw UnsupportedOperation.error("not writable");
        }
        boolean hasNewline = text.indexOf('\n') >= 0;
        String translated = hasNewline && writtenNewline != null ? text.replace("\n", writtenNewline) : text;
        byte[] bytes = encoder.encode(translated);
        pendingWrites.write(bytes, 0, bytes.length);
        if (pendingWrites.size() >= CHUNK || (lineBuffered && (hasNewline || text.indexOf('\r') >= 0))) {
            flushWrites();
        }
        forgetReadAhead();
        if (decoder != null) {
            decoder.reset();
        }
        return text.codePointCount(0, text.length());
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
        if (decoder == null) {
            throw UnsupportedOperation.error("not readable");
        }
        flushWrites();
    }

    private void setDecodedChars(String chars) {
        decodedChars = chars;
        decodedUsed = 0;
    }

    private void forgetReadAhead() {
        setDecodedChars("");
        snapshotInput = null;
    }

    /** Takes up to {@code count} characters of the decoded chunk; all of them when count is negative. */
    private String takeDecoded(long count) {
        int end = count < 0 ? decodedChars.length() : advance(decodedChars, decodedUsed, count);
        String taken = decodedChars.substring(decodedUsed, end);
        decodedUsed = end;
        return taken;
    }

    /** The char index {@code count} code points after {@code from}, or the end of the text. */
    private static int advance(String text, int from, long count) {
        int at = from;
        for (long k = 0; k < count && at < text.length(); k++) {
            at += Character.charCount(text.codePointAt(at));
        }
        return at;
    }

    private static int length(String text) {
        return text.codePointCount(0, text.length());
    }

    /**
     * Reads and decodes the next chunk, which replaces the decoded one; false at the end of the
     * input. A read wanting {@code sizeHint} more characters asks for as many bytes as they took
     * in the last chunk, if that is more than a chunk.
     */
    private boolean readChunk(long sizeHint) {
        int flagsBefore = 0;
        byte[] waitingBefore = NOTHING;
        if (telling) {
            flagsBefore = decoder.flags();
            waitingBefore = decoder.waiting();
        }
        long size = CHUNK;
        if (sizeHint > 0) {
            size = Math.max(CHUNK, (long) (Math.max(bytesPerChar, 1.0) * sizeHint));
        }
        byte[] input = readPiece(size);
        boolean end = input.length == 0;
        String decoded = decoder.decode(input, end);
        setDecodedChars(decoded);
        int characters = length(decoded);
        bytesPerChar = characters > 0 ? (double) input.length / characters : 0.0;
        if (telling) {
            snapshotFlags = flagsBefore;
            snapshotInput = concat(waitingBefore, input);
        }
        return characters > 0 || !end;
    }

    /** One read of up to {@code size} bytes, as a buffered file's {@code read1}; empty at the end. */
    private byte[] readPiece(long size) {
        try {
            long limit = store.seekable() ? Math.max(store.size() - store.position(), CHUNK) : UNSIZED_PIECE;
            byte[] buffer = new byte[(int) Math.min(Math.min(size, limit), Integer.MAX_VALUE - 16)];
            int filled = 0;
            while (filled < buffer.length) {
                int n = store.read(buffer, filled, buffer.length - filled);
                if (n <= 0) {
                    break;
                }
                filled += n;
                if (!store.seekable()) {
                    break;
                }
            }
            return filled == buffer.length ? buffer : Arrays.copyOf(buffer, filled);
        } catch (IOException e) {
            throw FileErrors.fromIOException(e, name);
        }
    }

    private byte[] readRest() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[CHUNK];
        try {
            int n;
            while ((n = store.read(buffer, 0, buffer.length)) > 0) {
                out.write(buffer, 0, n);
            }
        } catch (IOException e) {
            throw FileErrors.fromIOException(e, name);
        }
        return out.toByteArray();
    }

    private static byte[] concat(byte[] first, byte[] second) {
        if (first.length == 0) {
            return second;
        }
        byte[] out = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, out, first.length, second.length);
        return out;
    }

    /** {@code read(size=-1)}. */
    @TruffleBoundary
    public synchronized String read(long size) {
        checkReadable();
        if (size < 0) {
            String result = takeDecoded(-1) + decoder.decode(readRest(), true);
            forgetReadAhead();
            return result;
        }
        String first = takeDecoded(size);
        StringBuilder result = new StringBuilder(first);
        long remaining = size - length(first);
        while (remaining > 0 && readChunk(remaining)) {
            String more = takeDecoded(remaining);
            result.append(more);
            remaining -= length(more);
        }
        return result.toString();
    }

    /** {@code readline(size=-1)}: the next line with its line ending, or "" at the end. */
    @TruffleBoundary
    public synchronized String readLine(long limit) {
        checkReadable();
        StringBuilder chunks = new StringBuilder();
        long chunked = 0;
        String remaining = null;
        String line = null;
        int start = 0;
        int end = 0;
        int offsetToBuffer = 0;
        while (true) {
            boolean more = true;
            while (decodedChars.isEmpty()) {
                more = readChunk(0);
                if (!more) {
                    break;
                }
            }
            if (!more) {
                forgetReadAhead();
                break;
            }
            if (remaining == null) {
                line = decodedChars;
                start = decodedUsed;
                offsetToBuffer = 0;
            } else {
                line = remaining + decodedChars;
                start = 0;
                offsetToBuffer = remaining.length();
                remaining = null;
            }
            int found = lineEnd(line, start);
            if (found >= 0) {
                end = found;
                if (limit >= 0 && line.codePointCount(start, end) + chunked >= limit) {
                    end = advance(line, start, limit - chunked);
                }
                break;
            }
            end = searchedUpTo(line, start);
            if (limit >= 0 && line.codePointCount(start, end) + chunked >= limit) {
                end = advance(line, start, limit - chunked);
                break;
            }
            if (end > start) {
                chunks.append(line, start, end);
                chunked += line.codePointCount(start, end);
            }
            if (end < line.length()) {
                remaining = line.substring(end);
            }
            line = null;
            setDecodedChars("");
        }
        if (line != null) {
            decodedUsed = end - offsetToBuffer;
            chunks.append(line, start, end);
        }
        if (remaining != null) {
            chunks.append(remaining);
        }
        return chunks.toString();
    }

    /** The char index just past the first line ending at or after {@code start}, or -1. */
    private int lineEnd(String line, int start) {
        if (newline == null) {
            int at = line.indexOf('\n', start);
            return at < 0 ? -1 : at + 1;
        }
        if (newline.isEmpty()) {
            for (int i = start; i < line.length(); i++) {
                char c = line.charAt(i);
                if (c == '\n') {
                    return i + 1;
                }
                if (c == '\r') {
                    return i + 1 < line.length() && line.charAt(i + 1) == '\n' ? i + 2 : i + 1;
                }
            }
            return -1;
        }
        int at = line.indexOf(newline, start);
        return at < 0 ? -1 : at + newline.length();
    }

    /**
     * How far a search without a line ending covered: all the text, except the first char of a
     * two-char line ending that may continue in the next chunk.
     */
    private int searchedUpTo(String line, int start) {
        int tail = newline == null || newline.isEmpty() ? 0 : newline.length() - 1;
        return Math.max(start, line.length() - tail);
    }

    /** {@code __next__}: the next line; tell() stays refused until the iteration ends. */
    @TruffleBoundary
    public synchronized String next() {
        telling = false;
        String line = readLine(-1);
        if (line.isEmpty()) {
            snapshotInput = null;
            telling = store.seekable();
        }
        return line;
    }

    // ---- positioning ----

    private long bytePosition() {
        try {
            return store.position();
        } catch (IOException e) {
            throw FileErrors.fromIOException(e, name);
        }
    }

    private void requireSeekable() {
        if (!store.seekable()) {
            throw UnsupportedOperation.error("underlying stream is not seekable");
        }
    }

    /**
     * Puts the decoder in a cookie's state with nothing waiting. At the very start it is reset
     * instead, as CPython does (so a stream that must read its byte order mark reads it again,
     * and the line endings seen are forgotten).
     */
    private void restoreDecoder(long position, int flags) {
        if (position == 0 && flags == 0) {
            decoder.reset();
        } else {
            decoder.setState(NOTHING, flags);
        }
    }

    /** {@code tell()}: the position of the next character to read, as CPython's cookie. */
    @TruffleBoundary
    public synchronized Object tell() {
        checkOpen();
        requireSeekable();
        if (!telling) {
            throw PythonErrors.create(SkeinLanguage.types().osError, "telling position disabled by next() call");
        }
        flushWrites();
        long position = bytePosition();
        if (decoder == null || snapshotInput == null) {
            return position;
        }
        byte[] input = snapshotInput;
        long start = position - input.length;
        int flags = snapshotFlags;
        int charsToSkip = decodedChars.codePointCount(0, decodedUsed);
        if (charsToSkip == 0) {
            return new TellCookie(start, flags, 0, 0, false).pack();
        }
        byte[] savedWaiting = decoder.waiting();
        int savedFlags = decoder.flags();
        try {
            return rebuildCookie(input, start, flags, charsToSkip);
        } finally {
            decoder.setState(savedWaiting, savedFlags);
        }
    }

    /**
     * Finds the last point before the next character where the decoder holds nothing back, by
     * decoding the chunk again from where it began: first a guess from the chunk's bytes per
     * character, then byte by byte.
     */
    private Object rebuildCookie(byte[] input, long chunkStart, int chunkFlags, int charsToSkip) {
        int flags = chunkFlags;
        int skipBytes = (int) Math.min(bytesPerChar * charsToSkip, input.length);
        int skipBack = 1;
        while (skipBytes > 0) {
            restoreDecoder(chunkStart, chunkFlags);
            int decoded = length(decoder.decode(Arrays.copyOf(input, skipBytes), false));
            int waiting = decoder.waiting().length;
            if (waiting == 0 && decoded <= charsToSkip) {
                flags = decoder.flags();
                charsToSkip -= decoded;
                break;
            } else if (waiting > 0) {
                skipBytes -= waiting;
                skipBack = 1;
            } else {
                skipBytes -= skipBack;
                skipBack *= 2;
            }
        }
        if (skipBytes <= 0) {
            skipBytes = 0;
            restoreDecoder(chunkStart, chunkFlags);
        }
        long start = chunkStart + skipBytes;
        if (charsToSkip == 0) {
            return new TellCookie(start, flags, 0, 0, false).pack();
        }
        int bytesToFeed = 0;
        int decodedSinceStart = 0;
        int i = skipBytes;
        for (; i < input.length; i++) {
            decodedSinceStart += length(decoder.decode(new byte[] {input[i]}, false));
            bytesToFeed++;
            if (decoder.waiting().length == 0 && decodedSinceStart <= charsToSkip) {
                start += bytesToFeed;
                charsToSkip -= decodedSinceStart;
                flags = decoder.flags();
                bytesToFeed = 0;
                decodedSinceStart = 0;
            }
            if (decodedSinceStart >= charsToSkip) {
                break;
            }
        }
        boolean needEof = false;
        if (i == input.length) {
            decodedSinceStart += length(decoder.decode(NOTHING, true));
            needEof = true;
            if (decodedSinceStart < charsToSkip) {
                throw PythonErrors.create(SkeinLanguage.types().osError, "can't reconstruct logical file position");
            }
        }
        return new TellCookie(start, flags, bytesToFeed, charsToSkip, needEof).pack();
    }

    /**
     * {@code seek(cookie, whence)}: to a position tell() gave (whence 0), to where the stream is
     * (whence 1, offset 0) or to its end (whence 2, offset 0). Answers the new position: the
     * cookie as given for whence 0.
     */
    @TruffleBoundary
    public synchronized Object seek(Object cookie, int whence) {
        checkOpen();
        requireSeekable();
        Object target = cookie;
        switch (whence) {
            case 0 -> {
            }
            case 1 -> {
                if (!Comparisons.equal(cookie, 0L)) {
                    throw UnsupportedOperation.error("can't do nonzero cur-relative seeks");
                }
                target = tell();
            }
            case 2 -> {
                if (!Comparisons.equal(cookie, 0L)) {
                    throw UnsupportedOperation.error("can't do nonzero end-relative seeks");
                }
                return seekEnd();
            }
            default -> throw PythonErrors.valueError("invalid whence (" + whence + ", should be 0, 1 or 2)");
        }
        if (Comparisons.test(target, 0L, Comparisons.Op.LT)) {
            throw PythonErrors.valueError("negative seek position " + Reprs.repr(target));
        }
        flushWrites();
        seek(TellCookie.unpack(asBigInteger(target)));
        return target;
    }

    /** {@code int(cookie)}, as CPython reads a cookie. */
    private static BigInteger asBigInteger(Object cookie) {
        Double real = Numbers.floatValueOrNull(cookie);
        Object value = real != null ? FloatRounding.truncate(real) : Numbers.index(cookie);
        return value instanceof BigInteger big ? big : BigInteger.valueOf(((Number) value).longValue());
    }

    private void seek(TellCookie cookie) {
        if (cookie.position() < 0) {
            throw FileErrors.osError(22, "Invalid argument", null);
        }
        try {
            store.position(cookie.position());
        } catch (IOException e) {
            throw FileErrors.fromIOException(e, name);
        }
        forgetReadAhead();
        if (decoder != null) {
            restoreDecoder(cookie.position(), cookie.decoderFlags());
            snapshotFlags = cookie.decoderFlags();
            snapshotInput = NOTHING;
            if (cookie.charsToSkip() != 0) {
                byte[] input = cookie.bytesToFeed() < 0 ? readRest() : readPiece(cookie.bytesToFeed());
                snapshotInput = input;
                setDecodedChars(decoder.decode(input, cookie.needEof()));
                if (length(decodedChars) < cookie.charsToSkip()) {
                    throw PythonErrors.create(SkeinLanguage.types().osError, "can't restore logical file position");
                }
                decodedUsed = advance(decodedChars, 0, cookie.charsToSkip());
            }
        }
        restartEncoder(cookie.position() == 0 && cookie.decoderFlags() == 0);
    }

    private long seekEnd() {
        flushWrites();
        forgetReadAhead();
        if (decoder != null) {
            decoder.reset();
        }
        try {
            long end = store.size();
            store.position(end);
            restartEncoder(end == 0);
            return end;
        } catch (IOException e) {
            throw FileErrors.fromIOException(e, name);
        }
    }

    /** The encoder writes a byte order mark next only at the start of the file. */
    private void restartEncoder(boolean atStart) {
        if (encoder == null) {
            return;
        }
        if (atStart) {
            encoder.reset();
        } else {
            encoder.continueStream();
        }
    }

    /** {@code truncate(pos)}: the file's new size; null means where the underlying file is now. */
    @TruffleBoundary
    public synchronized long truncate(Long size) {
        checkOpen();
        flushWrites();
        requireSeekable();
        long target = size == null ? bytePosition() : size;
        if (target < 0) {
            throw FileErrors.osError(22, "Invalid argument", null);
        }
        try {
            store.truncate(target);
            return target;
        } catch (IOException e) {
            throw FileErrors.fromIOException(e, name);
        }
    }
}
