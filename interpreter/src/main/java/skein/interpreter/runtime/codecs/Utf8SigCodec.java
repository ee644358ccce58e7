package skein.interpreter.runtime.codecs;

import java.util.Arrays;

/**
 * UTF-8 with a signature: encoding writes the byte order mark first, decoding skips one if
 * present. Errors are UTF-8's, counted after the signature, as CPython reports them.
 */
final class Utf8SigCodec implements Codec {

    static final Utf8SigCodec INSTANCE = new Utf8SigCodec();

    private static final byte[] SIGNATURE = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private Utf8SigCodec() {
    }

    @Override
    public byte[] encode(String text, String errors) {
        byte[] body = Utf8Codec.INSTANCE.encode(text, errors);
        byte[] out = new byte[body.length + SIGNATURE.length];
        System.arraycopy(SIGNATURE, 0, out, 0, SIGNATURE.length);
        System.arraycopy(body, 0, out, SIGNATURE.length, body.length);
        return out;
    }

    @Override
    public Decoded decode(byte[] data, String errors, boolean last) {
        if (!isSigned(data)) {
            return Utf8Codec.INSTANCE.decode(data, errors, last);
        }
        Decoded body = Utf8Codec.INSTANCE.decode(Arrays.copyOfRange(data, 3, data.length), errors, last);
        return new Decoded(body.text(), body.consumed() + SIGNATURE.length);
    }

    private static boolean isSigned(byte[] data) {
        return data.length >= 3 && Arrays.equals(data, 0, 3, SIGNATURE, 0, 3);
    }

    /**
     * A stream's start is read as a whole once it has three bytes or cannot be the signature,
     * and UTF-8 reads the rest. Like CPython, a stream too short to tell is never decided.
     */
    @Override
    public StreamStart streamStart() {
        return new StreamStart(new byte[][] {SIGNATURE}, new Codec[] {Utf8Codec.INSTANCE}, null, true);
    }
}
