package skein.interpreter.runtime.codecs;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import java.nio.charset.Charset;
import java.util.HashMap;
import java.util.Map;

/** {@code str.encode(encoding, errors)} and {@code bytes.decode(encoding, errors)}. */
public final class Codecs {

    private static final Map<String, Codec> BUILTIN = new HashMap<>();

    static {
        register(Utf8Codec.INSTANCE, "utf_8", "utf8", "u8", "utf", "utf8_ucs2", "utf8_ucs4", "cp65001");
        register(Utf8SigCodec.INSTANCE, "utf_8_sig");
        register(RangeCodec.ASCII, "ascii", "646", "ansi_x3.4_1968", "ansi_x3_4_1968", "ansi_x3.4_1986", "cp367",
                "csascii", "ibm367", "iso646_us", "iso_646.irv_1991", "iso_ir_6", "us", "us_ascii");
        register(RangeCodec.LATIN_1, "latin_1", "latin1", "latin", "l1", "8859", "cp819", "csisolatin1", "ibm819",
                "iso8859", "iso8859_1", "iso_8859_1", "iso_8859_1_1987", "iso_ir_100");
        register(new UnitCodec(2, UnitCodec.Form.MARKED), "utf_16", "u16", "utf16");
        register(new UnitCodec(2, UnitCodec.Form.LITTLE), "utf_16_le", "utf_16le", "unicodelittleunmarked");
        register(new UnitCodec(2, UnitCodec.Form.BIG), "utf_16_be", "utf_16be", "unicodebigunmarked");
        register(new UnitCodec(4, UnitCodec.Form.MARKED), "utf_32", "u32", "utf32");
        register(new UnitCodec(4, UnitCodec.Form.LITTLE), "utf_32_le", "utf_32le");
        register(new UnitCodec(4, UnitCodec.Form.BIG), "utf_32_be", "utf_32be");
    }

    private Codecs() {
    }

    private static void register(Codec codec, String... names) {
        for (String name : names) {
            BUILTIN.put(name, codec);
        }
    }

    @TruffleBoundary
    public static byte[] encode(String text, String encoding, String errors) {
        return lookup(encoding).encode(text, errors);
    }

    @TruffleBoundary
    public static String decode(byte[] data, String encoding, String errors) {
        return lookup(encoding).decode(data, errors);
    }

    private static Codec lookup(String encoding) {
        String key = normalize(encoding);
        Codec codec = BUILTIN.get(key);
        if (codec != null) {
            return codec;
        }
        Charset charset = javaCharset(key);
        if (charset == null) {
            throw CodecErrors.unknownEncoding(encoding);
        }
        return new CharsetCodec(charset, key);
    }

    /**
     * CPython's normalization of encoding names: lowercase, each run of characters other than
     * letters, digits and '.' made one '_', none at either end.
     */
    static String normalize(String encoding) {
        StringBuilder out = new StringBuilder(encoding.length());
        boolean pendingSeparator = false;
        for (int i = 0; i < encoding.length(); i++) {
            char c = encoding.charAt(i);
            if ((c < 128 && Character.isLetterOrDigit(c)) || c == '.') {
                if (pendingSeparator && !out.isEmpty()) {
                    out.append('_');
                }
                pendingSeparator = false;
                out.append(Character.toLowerCase(c));
            } else {
                pendingSeparator = true;
            }
        }
        return out.toString();
    }

    /** The Java charset for a normalized name, trying the spellings Java's aliases use. */
    private static Charset javaCharset(String key) {
        if (key.isEmpty()) {
            return null;
        }
        for (String candidate : new String[]{key, key.replace('_', '-'), key.replace("_", "")}) {
            try {
                if (Charset.isSupported(candidate)) {
                    return Charset.forName(candidate);
                }
            } catch (IllegalArgumentException e) {
                // an illegal charset name: try the next spelling
            }
        }
        return null;
    }
}
