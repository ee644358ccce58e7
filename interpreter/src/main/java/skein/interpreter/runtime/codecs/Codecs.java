package skein.interpreter.runtime.codecs;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

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
        register(EscapeCodec.UNICODE_ESCAPE, "unicode_escape");
        register(EscapeCodec.RAW_UNICODE_ESCAPE, "raw_unicode_escape");
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
        return lookup(encoding, "encode").encode(text, errors);
    }

    @TruffleBoundary
    public static String decode(byte[] data, String encoding, String errors) {
        return lookup(encoding, "decode").decode(data, errors);
    }

    /**
     * @param operation "encode", "decode" or "open": which function of the codecs module the
     *                  message about codecs that are not text encodings points to
     */
    static Codec lookup(String encoding, String operation) {
        String key = normalize(encoding);
        Codec codec = BUILTIN.get(key);
        if (codec == null) {
            codec = CharsetNames.codec(key);
        }
        if (codec == null) {
            codec = CharsetNames.codec(key.replace('.', '_'));
        }
        if (codec != null) {
            return codec;
        }
        if (CharsetNames.isNonTextCodec(key)) {
            throw CodecErrors.lookupError("'" + encoding + "' is not a text encoding; use codecs." + operation
                    + "() to handle arbitrary codecs");
        }
        throw CodecErrors.lookupError("unknown encoding: " + encoding);
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
}
