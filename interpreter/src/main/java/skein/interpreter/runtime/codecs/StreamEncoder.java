package skein.interpreter.runtime.codecs;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * Encodes the text written to a stream piece by piece: a codec that marks its streams writes
 * the mark with the first piece only, as CPython's text files do.
 */
public final class StreamEncoder {

    private final Codec codec;
    private final StreamStart start;
    private final String errors;
    private boolean atStart = true;

    private StreamEncoder(Codec codec, String errors) {
        this.codec = codec;
        this.start = codec.streamStart();
        this.errors = errors;
    }

    /** An encoder for the named text encoding; LookupError as for {@link StreamDecoder#of}. */
    @TruffleBoundary
    public static StreamEncoder of(String encoding, String errors) {
        return new StreamEncoder(Codecs.lookup(encoding, "open"), errors);
    }

    /**
     * Encodes the next piece. The stream counts as started even when the piece fails to encode,
     * as in CPython, where the mark is then never written.
     */
    @TruffleBoundary
    public byte[] encode(String text) {
        Codec current = start == null || atStart ? codec : start.rest()[0];
        atStart = false;
        return current.encode(text, errors);
    }

    /** The next piece begins the stream (after a seek to its start). */
    public void reset() {
        atStart = true;
    }

    /** The next piece continues a stream already begun (after a seek elsewhere, or appending). */
    public void continueStream() {
        atStart = false;
    }
}
