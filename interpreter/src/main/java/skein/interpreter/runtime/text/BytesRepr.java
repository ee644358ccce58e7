package skein.interpreter.runtime.text;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/** {@code repr(bytes)} and {@code repr(bytearray)}: {@code b'...'} with CPython's escapes and choice of quote. */
public final class BytesRepr {

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private BytesRepr() {
    }

    @TruffleBoundary
    public static String repr(byte[] data) {
        return literal(data, false);
    }

    /** The {@code b'...'} part of {@code repr(bytearray)}, which escapes ' even inside double quotes. */
    @TruffleBoundary
    public static String byteArrayRepr(byte[] data) {
        return literal(data, true);
    }

    private static String literal(byte[] data, boolean alwaysEscapeApostrophe) {
        boolean singleQuote = false;
        boolean doubleQuote = false;
        for (byte value : data) {
            singleQuote |= value == '\'';
            doubleQuote |= value == '"';
        }
        char quote = singleQuote && !doubleQuote ? '"' : '\'';
        StringBuilder out = new StringBuilder(data.length + 3).append('b').append(quote);
        for (byte value : data) {
            int b = value & 0xff;
            if (b == quote || b == '\\' || (b == '\'' && alwaysEscapeApostrophe)) {
                out.append('\\').append((char) b);
            } else if (b == '\t') {
                out.append("\\t");
            } else if (b == '\n') {
                out.append("\\n");
            } else if (b == '\r') {
                out.append("\\r");
            } else if (b < ' ' || b >= 0x7f) {
                out.append("\\x").append(HEX[b >> 4]).append(HEX[b & 0xf]);
            } else {
                out.append((char) b);
            }
        }
        return out.append(quote).toString();
    }
}
