package skein.interpreter.parser;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Source bytes that did not decode, kept in the decoded text as U+DC80..U+DCFF (one per byte,
 * as Python's surrogateescape error handler does). CPython finds such bytes only where its
 * tokenizer or parser meets them (in a name, in a string literal, never in a comment), so the
 * decoder leaves them for the lexer and the literal decoder to report.
 */
final class UndecodedBytes {

    private UndecodedBytes() {
    }

    static char escape(byte b) {
        return (char) (0xdc00 | (b & 0xff));
    }

    static boolean isEscaped(int c) {
        return c >= 0xdc80 && c <= 0xdcff;
    }

    /** Whether the text holds an escaped byte: a lone U+DC80..U+DCFF, not the low half of a surrogate pair. */
    static boolean containsAny(String text) {
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (isEscaped(c)) {
                return true;
            }
            i += Character.charCount(c);
        }
        return false;
    }

    /** The bytes the text was decoded from: escaped bytes as themselves, other characters as UTF-8. */
    static byte[] original(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(text.length());
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (isEscaped(c)) {
                out.write(c & 0xff);
            } else {
                out.writeBytes(Character.toString(c).getBytes(StandardCharsets.UTF_8));
            }
            i += Character.charCount(c);
        }
        return out.toByteArray();
    }

    /** The message of the SyntaxError CPython raises for a string literal or name holding such bytes. */
    static String unicodeErrorMessage(String text) {
        byte[] bytes = original(text);
        return "(unicode error) 'utf-8' codec can't decode " + Utf8Problem.describe(bytes, 0, bytes.length);
    }

    /**
     * A line as CPython shows it in a SyntaxError: each undecodable byte as U+FFFD, and nothing
     * from a NUL on (CPython holds the line as a C string).
     */
    static String shown(String line) {
        int nul = line.indexOf('\0');
        if (nul >= 0) {
            line = line.substring(0, nul);
        }
        if (!containsAny(line)) {
            return line;
        }
        StringBuilder out = new StringBuilder(line.length());
        for (int i = 0; i < line.length(); ) {
            int c = line.codePointAt(i);
            out.appendCodePoint(isEscaped(c) ? '\ufffd' : c);
            i += Character.charCount(c);
        }
        return out.toString();
    }
}
