package skein.interpreter.runtime.codecs;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import skein.interpreter.SkeinLanguage;
import skein.interpreter.runtime.exception.PythonErrors;

import java.util.Arrays;

/**
 * Decodes a stream that arrives in pieces, as CPython's incremental decoders do for text files:
 * a sequence cut short by the end of a piece waits for the next one, and each piece is decoded
 * together with what waited, so error positions count from the first byte that waited. A
 * codec that marks its streams reads the mark from the first piece and picks the codec for the
 * rest from it.
 *
 * <p>Its state, as CPython's {@code getstate()} gives it, is the bytes waiting and a number:
 * for a marking codec the index of the codec reading the rest, else 0.
 */
public final class StreamDecoder {

    private static final byte[] NOTHING = new byte[0];

    private final Codec codec;
    private final StreamStart start;
    private final String errors;
    /** The codec for the rest of the stream once its start is read; null before. */
    private Codec rest;
    private byte[] waiting = NOTHING;

    private StreamDecoder(Codec codec, String errors) {
        this.codec = codec;
        this.start = codec.streamStart();
        this.errors = errors;
        this.rest = start == null ? codec : null;
    }

    /**
     * A decoder for the named text encoding; LookupError, as CPython's {@code open()} words it,
     * for an unknown name or a codec that is not a text encoding. The error handler is looked up
     * only when an error needs it.
     */
    @TruffleBoundary
    public static StreamDecoder of(String encoding, String errors) {
        return new StreamDecoder(Codecs.lookup(encoding, "open"), errors);
    }

    /** Decodes the next piece; {@code last} says no more follow, so nothing may wait. */
    @TruffleBoundary
    public String decode(byte[] piece, boolean last) {
        byte[] data = waiting.length == 0 ? piece : concat(waiting, piece);
        if (rest != null) {
            return keep(data, rest.decode(data, errors, last));
        }
        if (data.length < start.markLength() && start.mayBeMark(data) && (!last || start.keepsPartialMark())) {
            waiting = data;
            return "";
        }
        Decoded decoded = codec.decode(data, errors, last);
        int mark = start.markAt(data);
        if (mark >= 0) {
            rest = start.rest()[mark];
        } else if (start.unmarkedError() == null) {
            rest = start.rest()[0];
        } else if (decoded.consumed() >= start.markLength()) {
            throw PythonErrors.create(SkeinLanguage.types().exceptionByName("UnicodeError"), start.unmarkedError());
        }
        return keep(data, decoded);
    }

    private String keep(byte[] data, Decoded decoded) {
        waiting = decoded.consumed() == data.length ? NOTHING : Arrays.copyOfRange(data, decoded.consumed(), data.length);
        return decoded.text();
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] out = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, out, first.length, second.length);
        return out;
    }

    /** The bytes waiting for the rest of their sequence. */
    public byte[] waiting() {
        return waiting.clone();
    }

    /** The state number: which codec reads the rest of a marked stream (see {@link StreamStart}). */
    public int flags() {
        if (start == null) {
            return 0;
        }
        return rest == null ? start.rest().length : Arrays.asList(start.rest()).indexOf(rest);
    }

    /** CPython's {@code setstate((waiting, flags))}: a number that names no codec means "at the start". */
    public void setState(byte[] waiting, int flags) {
        this.waiting = waiting.clone();
        if (start != null) {
            rest = flags >= 0 && flags < start.rest().length ? start.rest()[flags] : null;
        }
    }

    /** Back to the state of a new stream. */
    public void reset() {
        waiting = NOTHING;
        rest = start == null ? codec : null;
    }
}
