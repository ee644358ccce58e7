package skein.interpreter.runtime.text;

import java.nio.charset.StandardCharsets;

/**
 * Bytes as a Latin-1 string, one char per byte, so that the str algorithms serve bytes too:
 * the mapping is a bijection and every char is below 256, so no surrogate ever appears.
 */
public final class ByteText {

    private ByteText() {
    }

    public static String of(byte[] bytes) {
        return new String(bytes, StandardCharsets.ISO_8859_1);
    }

    /** The bytes of a string made by {@link #of}, or of any string whose chars are all below 256. */
    public static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }
}
