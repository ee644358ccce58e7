package skein.interpreter.runtime.format;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/** CPython's {@code repr(str)} and {@code ascii(str)}: quoting and escapes. */
public final class StringRepr {

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private StringRepr() {
    }

    /**
     * {@code repr(s)}: single quotes unless the text holds a single quote and no double quote;
     * control and non-printable characters escaped, printable non-ASCII kept.
     */
    @TruffleBoundary
    public static String repr(String s) {
        return quote(s, false);
    }

    /** {@code ascii(s)} for a str: its repr with every non-ASCII character escaped too. */
    @TruffleBoundary
    public static String ascii(String s) {
        return quote(s, true);
    }

    /**
     * The step {@code ascii()} adds to {@code repr()} for any object: each non-ASCII character
     * of the repr becomes a backslash escape: x with 2 hex digits, u with 4 or U with 8.
     */
    @TruffleBoundary
    public static String asciiEscape(String text) {
        int i = 0;
        while (i < text.length() && text.charAt(i) < 128) {
            i++;
        }
        if (i == text.length()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16).append(text, 0, i);
        while (i < text.length()) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (c < 128) {
                out.append((char) c);
            } else {
                appendNumericEscape(out, c);
            }
        }
        return out.toString();
    }

    /**
     * CPython's {@code %.200R}: the repr cut to its first 200 characters (no closing quote
     * then), as error messages about long strings show it.
     */
    static String reprForMessage(String s) {
        String repr = repr(s);
        if (repr.codePointCount(0, repr.length()) <= 200) {
            return repr;
        }
        return repr.substring(0, repr.offsetByCodePoints(0, 200));
    }

    private static String quote(String s, boolean asciiOnly) {
        char quote = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder out = new StringBuilder(s.length() + 2);
        out.append(quote);
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (c == quote || c == '\\') {
                out.append('\\').append((char) c);
            } else if (c == '\t') {
                out.append("\\t");
            } else if (c == '\n') {
                out.append("\\n");
            } else if (c == '\r') {
                out.append("\\r");
            } else if (c < ' ' || c == 0x7f) {
                appendNumericEscape(out, c);
            } else if (c < 0x7f) {
                out.append((char) c);
            } else if (!asciiOnly && PythonCharacters.isPrintable(c)) {
                out.appendCodePoint(c);
            } else {
                appendNumericEscape(out, c);
            }
        }
        return out.append(quote).toString();
    }

    /** A backslash escape, x with 2 hex digits, u with 4 or U with 8: the shortest that holds c. */
    private static void appendNumericEscape(StringBuilder out, int c) {
        int digits;
        if (c <= 0xff) {
            out.append("\\x");
            digits = 2;
        } else if (c <= 0xffff) {
            out.append("\\u");
            digits = 4;
        } else {
            out.append("\\U");
            digits = 8;
        }
        for (int shift = (digits - 1) * 4; shift >= 0; shift -= 4) {
            out.append(HEX[(c >> shift) & 0xf]);
        }
    }
}
