package skein.interpreter.parser;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;

/**
 * Reads the bytes of a source file as CPython does when it runs a script: UTF-8 unless a
 * UTF-8 byte order mark or a PEP 263 coding declaration on line 1 or 2 says otherwise, with
 * CPython's SyntaxErrors for bytes that do not decode ("Non-UTF-8 code starting with '\xff'
 * ...", "(unicode error) 'utf-8' codec can't decode byte ...", "encoding problem: ascii") and
 * for NUL bytes. Line ends are translated to '\n'.
 */
public final class SourceDecoder {

    private static final String PEP_263 = "see https://peps.python.org/pep-0263/ for details";

    private final byte[] bytes;
    private final String filename;

    private SourceDecoder(byte[] bytes, String filename) {
        this.bytes = bytes;
        this.filename = filename;
    }

    /** The source text of a file, or a PythonSyntaxError as CPython raises when running it. */
    public static String decode(byte[] bytes, String filename) {
        return new SourceDecoder(bytes, filename).decode();
    }

    private String decode() {
        boolean bom = bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb
                && (bytes[2] & 0xff) == 0xbf;
        int start = bom ? 3 : 0;
        String declared = declaredEncoding(start);
        if (bom && declared != null && !declared.equals("utf-8")) {
            throw error("encoding problem: " + declared + " with BOM", 0);
        }
        String text;
        if (declared == null && !bom) {
            text = strictUtf8(start);
        } else if (declared == null || declared.equals("utf-8")) {
            text = declaredUtf8(start);
        } else {
            text = withCharset(start, declared);
        }
        return translateNewlines(text);
    }

    // ---- the coding declaration -----------------------------------------------------------

    /**
     * The encoding a comment on line 1 or 2 declares, normalized as CPython does, or null. Line
     * 2 counts only when line 1 holds nothing but a comment or blanks.
     */
    private String declaredEncoding(int start) {
        int lineStart = start;
        for (int line = 1; line <= 2 && lineStart < bytes.length; line++) {
            int lineEnd = lineEnd(lineStart);
            String text = new String(bytes, lineStart, lineEnd - lineStart, StandardCharsets.ISO_8859_1);
            String spec = codingSpec(text);
            if (spec != null) {
                return normalEncodingName(spec);
            }
            String stripped = text.stripLeading();
            if (!stripped.isEmpty() && stripped.charAt(0) != '#' && !stripped.startsWith("\f")) {
                return null;
            }
            lineStart = nextLine(lineEnd);
        }
        return null;
    }

    /** The name after "coding:" or "coding=" in a comment-only line. */
    private static String codingSpec(String line) {
        int i = 0;
        while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t' || line.charAt(i) == '\f')) {
            i++;
        }
        if (i >= line.length() || line.charAt(i) != '#') {
            return null;
        }
        for (int at = line.indexOf("coding", i); at >= 0; at = line.indexOf("coding", at + 1)) {
            int k = at + 6;
            if (k >= line.length() || (line.charAt(k) != ':' && line.charAt(k) != '=')) {
                continue;
            }
            k++;
            while (k < line.length() && (line.charAt(k) == ' ' || line.charAt(k) == '\t')) {
                k++;
            }
            int begin = k;
            while (k < line.length() && (Character.isLetterOrDigit(line.charAt(k)) && line.charAt(k) < 128
                    || line.charAt(k) == '-' || line.charAt(k) == '_' || line.charAt(k) == '.')) {
                k++;
            }
            if (k > begin) {
                return line.substring(begin, k);
            }
        }
        return null;
    }

    private static String normalEncodingName(String spec) {
        String name = spec.length() > 12 ? spec.substring(0, 12) : spec;
        name = name.toLowerCase(Locale.ROOT).replace('_', '-');
        if (name.equals("utf-8") || name.startsWith("utf-8-")) {
            return "utf-8";
        }
        for (String latin1 : new String[] {"latin-1", "iso-8859-1", "iso-latin-1"}) {
            if (name.equals(latin1) || name.startsWith(latin1 + "-")) {
                return "iso-8859-1";
            }
        }
        return spec;
    }

    // ---- decoding -------------------------------------------------------------------------

    /** No declaration: every line must be UTF-8, checked line by line as CPython reads them. */
    private String strictUtf8(int start) {
        int line = 1;
        for (int lineStart = start; lineStart < bytes.length; line++) {
            int lineEnd = lineEnd(lineStart);
            checkNul(lineStart, lineEnd, line);
            int bad = firstInvalidUtf8(lineStart, lineEnd);
            if (bad >= 0) {
                // CPython names the line in the message only; the exception has no location.
                throw error(String.format("Non-UTF-8 code starting with '\\x%02x' in file %s on line %d, but no "
                        + "encoding declared; %s", bytes[bad] & 0xff, filename, line, PEP_263), 0);
            }
            lineStart = nextLine(lineEnd);
        }
        return new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8);
    }

    /**
     * Declared UTF-8 (or a byte order mark): CPython only finds bad bytes when it decodes a
     * string literal or a name, and ignores them in comments.
     */
    private String declaredUtf8(int start) {
        int line = 1;
        for (int lineStart = start; lineStart < bytes.length; line++) {
            int lineEnd = lineEnd(lineStart);
            checkNul(lineStart, lineEnd, line);
            int bad = firstInvalidUtf8(lineStart, lineEnd);
            if (bad >= 0) {
                badByteInDeclaredUtf8(lineStart, lineEnd, bad, line);
            }
            lineStart = nextLine(lineEnd);
        }
        return new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8);
    }

    /** Reports a bad byte the way CPython meets it: in a string literal, in a name, or not at all in a comment. */
    private void badByteInDeclaredUtf8(int lineStart, int lineEnd, int bad, int line) {
        int quote = 0;
        int tokenStart = -1;
        for (int i = lineStart; i < bad; i++) {
            int b = bytes[i] & 0xff;
            if (quote != 0) {
                if (b == '\\') {
                    i++;
                } else if (b == quote) {
                    quote = 0;
                }
            } else if (b == '#') {
                return;  // a comment: never decoded
            } else if (b == '"' || b == '\'') {
                quote = b;
                tokenStart = i + 1;
            }
        }
        int from;
        int to;
        if (quote != 0) {
            // The literal's text, between its quotes.
            from = tokenStart;
            to = bad;
            while (to < lineEnd && (bytes[to] & 0xff) != quote) {
                to += bytes[to] == '\\' ? 2 : 1;
            }
            to = Math.min(to, lineEnd);
        } else {
            // A name: the run of bytes that could be part of an identifier.
            from = bad;
            while (from > lineStart && isNameByte(bytes[from - 1] & 0xff)) {
                from--;
            }
            to = bad;
            while (to < lineEnd && isNameByte(bytes[to] & 0xff)) {
                to++;
            }
        }
        String reason = Utf8Problem.describe(bytes, from, to);
        throw error("(unicode error) 'utf-8' codec can't decode " + reason, line);
    }

    private static boolean isNameByte(int b) {
        return b >= 128 || b == '_' || (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9');
    }

    /** Another declared encoding: the whole file is decoded with it, or "encoding problem". */
    private String withCharset(int start, String name) {
        Charset charset;
        try {
            charset = Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw error("encoding problem: " + name, 0);
        }
        if (!"# coding".equals(new String("# coding".getBytes(StandardCharsets.US_ASCII), charset))) {
            throw error("encoding problem: " + name, 0);  // CPython reads only ASCII-compatible encodings
        }
        String text;
        try {
            text = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
        } catch (CharacterCodingException e) {
            throw error("encoding problem: " + name, 0);
        }
        int nul = text.indexOf('\0');
        if (nul >= 0) {
            throw nulError(lineOfChar(text, nul));
        }
        return text;
    }

    // ---- lines and errors -----------------------------------------------------------------

    private void checkNul(int lineStart, int lineEnd, int line) {
        for (int i = lineStart; i < lineEnd; i++) {
            if (bytes[i] == 0) {
                throw nulError(line);
            }
        }
    }

    private PythonSyntaxError nulError(int line) {
        return error("source code cannot contain null bytes", line);
    }

    /** The index of the first byte that does not start a valid UTF-8 sequence in [from, to), or -1. */
    private int firstInvalidUtf8(int from, int to) {
        int i = from;
        while (i < to) {
            int length = Utf8Problem.validSequenceLength(bytes, i, to);
            if (length == 0) {
                return i;
            }
            i += length;
        }
        return -1;
    }

    /** The end of the line starting at {@code start}: the index of its '\n' or '\r', or the end of input. */
    private int lineEnd(int start) {
        int i = start;
        while (i < bytes.length && bytes[i] != '\n' && bytes[i] != '\r') {
            i++;
        }
        return i;
    }

    private int nextLine(int lineEnd) {
        if (lineEnd + 1 < bytes.length && bytes[lineEnd] == '\r' && bytes[lineEnd + 1] == '\n') {
            return lineEnd + 2;
        }
        return lineEnd + 1;
    }

    private static int lineOfChar(String text, int index) {
        int line = 1;
        for (int i = 0; i < index; i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                line++;
            }
        }
        return line;
    }

    private static String translateNewlines(String text) {
        return text.indexOf('\r') < 0 ? text : text.replace("\r\n", "\n").replace('\r', '\n');
    }

    private PythonSyntaxError error(String message, int line) {
        return new PythonSyntaxError(PythonSyntaxError.Kind.SYNTAX_ERROR, message, filename, line, 0, line, 0, null);
    }
}
