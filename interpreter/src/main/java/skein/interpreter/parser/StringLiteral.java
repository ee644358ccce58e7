package skein.interpreter.parser;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * One string token taken apart: its prefix flags, and the text between the quotes. Decodes
 * escape sequences as CPython 3.11 does; an error comes back as the message CPython gives
 * (for example {@code (unicode error) 'unicodeescape' codec can't decode bytes in position
 * 0-2: truncated \xXX escape}) for the caller to place.
 */
final class StringLiteral {

    /** A malformed escape sequence, with CPython's message. */
    static final class EscapeError extends Exception {
        EscapeError(String message) {
            super(message, null, false, false);
        }
    }

    final boolean raw;
    final boolean bytes;
    final boolean formatted;
    /** The text between the quotes. */
    final String body;
    /** Where the body starts in the token's text, in chars. */
    final int bodyStart;

    private StringLiteral(boolean raw, boolean bytes, boolean formatted, String body, int bodyStart) {
        this.raw = raw;
        this.bytes = bytes;
        this.formatted = formatted;
        this.body = body;
        this.bodyStart = bodyStart;
    }

    /** Splits the text of a STRING token. */
    static StringLiteral of(String token) {
        int quoteAt = 0;
        boolean raw = false;
        boolean bytes = false;
        boolean formatted = false;
        while (token.charAt(quoteAt) != '\'' && token.charAt(quoteAt) != '"') {
            switch (Character.toLowerCase(token.charAt(quoteAt))) {
                case 'r' -> raw = true;
                case 'b' -> bytes = true;
                case 'f' -> formatted = true;
                default -> { }  // 'u' changes nothing
            }
            quoteAt++;
        }
        char quote = token.charAt(quoteAt);
        boolean triple = token.length() - quoteAt >= 6 && token.charAt(quoteAt + 1) == quote
                && token.charAt(quoteAt + 2) == quote;
        int quoteLength = triple ? 3 : 1;
        int bodyStart = quoteAt + quoteLength;
        return new StringLiteral(raw, bytes, formatted,
                token.substring(bodyStart, token.length() - quoteLength), bodyStart);
    }

    /** The value of a str literal (or of a literal piece of an f-string). */
    static String decodeStr(String text, boolean raw) throws EscapeError {
        if (UndecodedBytes.containsAny(text)) {
            throw new EscapeError(UndecodedBytes.unicodeErrorMessage(text));
        }
        if (raw || text.indexOf('\\') < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (c != '\\') {
                out.append(c);
                i++;
                continue;
            }
            int start = i;
            if (i + 1 >= n) {
                out.append('\\');
                break;
            }
            char e = text.charAt(i + 1);
            i += 2;
            switch (e) {
                case '\n' -> { }
                case '\\', '\'', '"' -> out.append(e);
                case 'a' -> out.append('\u0007');
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'v' -> out.append('\u000b');
                case '0', '1', '2', '3', '4', '5', '6', '7' -> {
                    int value = e - '0';
                    for (int k = 0; k < 2 && i < n && isOctal(text.charAt(i)); k++) {
                        value = value * 8 + (text.charAt(i++) - '0');
                    }
                    out.appendCodePoint(value);
                }
                case 'x' -> i = hexEscape(text, start, i, 2, "truncated \\xXX escape", out);
                case 'u' -> i = hexEscape(text, start, i, 4, "truncated \\uXXXX escape", out);
                case 'U' -> i = hexEscape(text, start, i, 8, "truncated \\UXXXXXXXX escape", out);
                case 'N' -> i = namedEscape(text, start, i, out);
                default -> out.append('\\').append(e);  // kept as is; CPython only warns
            }
        }
        return out.toString();
    }

    private static int hexEscape(String text, int start, int i, int digits, String truncated, StringBuilder out)
            throws EscapeError {
        int value = 0;
        for (int k = 0; k < digits; k++) {
            int d = i < text.length() ? hexValue(text.charAt(i)) : -1;
            if (d < 0) {
                throw unicodeError(text, start, i, truncated);
            }
            value = value * 16 + d;
            i++;
        }
        if (value > Character.MAX_CODE_POINT || value < 0) {
            throw unicodeError(text, start, i, "illegal Unicode character");
        }
        out.appendCodePoint(value);
        return i;
    }

    private static int namedEscape(String text, int start, int i, StringBuilder out) throws EscapeError {
        if (i >= text.length() || text.charAt(i) != '{') {
            throw unicodeError(text, start, i, "malformed \\N character escape");
        }
        int close = text.indexOf('}', i + 1);
        if (close < 0) {
            throw unicodeError(text, start, text.length(), "malformed \\N character escape");
        }
        if (close == i + 1) {
            throw unicodeError(text, start, close + 1, "malformed \\N character escape");
        }
        int codePoint;
        try {
            codePoint = Character.codePointOf(text.substring(i + 1, close));
        } catch (IllegalArgumentException unknown) {
            throw unicodeError(text, start, close + 1, "unknown Unicode character name");
        }
        out.appendCodePoint(codePoint);
        return close + 1;
    }

    /**
     * CPython's message; it reports positions in its own escaped copy of the literal, where
     * every non-ASCII character takes ten bytes (it was rewritten as a \U escape).
     */
    private static EscapeError unicodeError(String text, int start, int end, String reason) {
        int from = escapedLength(text, start);
        int to = escapedLength(text, end) - 1;
        return new EscapeError("(unicode error) 'unicodeescape' codec can't decode bytes in position "
                + from + "-" + to + ": " + reason);
    }

    private static int escapedLength(String text, int end) {
        int length = 0;
        for (int i = 0; i < end; i = text.offsetByCodePoints(i, 1)) {
            length += text.codePointAt(i) < 128 ? 1 : 10;
        }
        return length;
    }

    /** The value of a bytes literal; the caller has checked that the text is ASCII. */
    static byte[] decodeBytes(String text, boolean raw) throws EscapeError {
        if (raw || text.indexOf('\\') < 0) {
            return text.getBytes(StandardCharsets.ISO_8859_1);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(text.length());
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (c != '\\') {
                out.write(c);
                i++;
                continue;
            }
            int start = i;
            if (i + 1 >= n) {
                out.write('\\');
                break;
            }
            char e = text.charAt(i + 1);
            i += 2;
            switch (e) {
                case '\n' -> { }
                case '\\', '\'', '"' -> out.write(e);
                case 'a' -> out.write(7);
                case 'b' -> out.write(8);
                case 'f' -> out.write(12);
                case 'n' -> out.write('\n');
                case 'r' -> out.write('\r');
                case 't' -> out.write('\t');
                case 'v' -> out.write(11);
                case '0', '1', '2', '3', '4', '5', '6', '7' -> {
                    int value = e - '0';
                    for (int k = 0; k < 2 && i < n && isOctal(text.charAt(i)); k++) {
                        value = value * 8 + (text.charAt(i++) - '0');
                    }
                    out.write(value & 0xFF);
                }
                case 'x' -> {
                    int hi = i < n ? hexValue(text.charAt(i)) : -1;
                    int lo = i + 1 < n ? hexValue(text.charAt(i + 1)) : -1;
                    if (hi < 0 || lo < 0) {
                        throw new EscapeError("(value error) invalid \\x escape at position " + start);
                    }
                    out.write(hi * 16 + lo);
                    i += 2;
                }
                default -> {
                    out.write('\\');
                    out.write(e);
                }
            }
        }
        return out.toByteArray();
    }

    private static int hexValue(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return -1;
    }

    private static boolean isOctal(char c) {
        return c >= '0' && c <= '7';
    }
}
