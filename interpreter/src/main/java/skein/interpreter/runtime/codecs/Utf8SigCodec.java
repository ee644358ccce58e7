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
    public String decode(byte[] data, String errors) {
        boolean signed = data.length >= 3 && Arrays.equals(data, 0, 3, SIGNATURE, 0, 3);
        return Utf8Codec.INSTANCE.decode(signed ? Arrays.copyOfRange(data, 3, data.length) : data, errors);
    }
}
