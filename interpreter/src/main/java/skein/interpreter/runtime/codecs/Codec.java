package skein.interpreter.runtime.codecs;

/** A text encoding: str to bytes and back, with a named error handler. */
interface Codec {

    byte[] encode(String text, String errors);

    /**
     * Decodes {@code data}. Unless {@code last}, the data is one piece of a stream and a sequence
     * its end cuts short is left undecoded for the next piece, as CPython's incremental decoders
     * do; {@link Decoded#consumed()} tells where it begins.
     */
    Decoded decode(byte[] data, String errors, boolean last);

    default String decode(byte[] data, String errors) {
        return decode(data, errors, true).text();
    }

    /** How the codec's streams begin, for codecs that mark them (a byte order mark); else null. */
    default StreamStart streamStart() {
        return null;
    }
}
