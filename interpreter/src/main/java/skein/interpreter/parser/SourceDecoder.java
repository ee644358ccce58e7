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
 * Reads the bytes of a source file as CPython does: UTF-8 unless a UTF-8 byte order mark or a
 * PEP 263 coding declaration on line 1 or 2 says otherwise. Line ends are translated to '\n'.
 *
 * <p>CPython finds most problems with the bytes only when its tokenizer reads the line holding
 * them, so an error on an earlier line is reported first. The decoder therefore leaves them in
 * the text: a NUL stays a NUL (the lexer rejects its line), and bytes that are not UTF-8 in a
 * file that declares UTF-8 become {@link UndecodedBytes} (the lexer rejects them in a name, the
 * literal decoder in a string, and a comment may hold them). A script that declares nothing must
 * be UTF-8 line by line: the first line that is not is reported when the lines before it hold
 * no tokenizer error. A module being imported is compiled from bytes, as CPython's importlib
 * does: a NUL anywhere is refused at once, and undeclared means UTF-8 as if declared.
 */
public final class SourceDecoder {

    private static final String PEP_263 = "see https://peps.python.org/pep-0263/ for details";

    private final byte[] bytes;
    private final String filename;
    private final boolean script;

    private SourceDecoder(byte[] bytes, String filename, boolean script) {
        this.bytes = bytes;
        this.filename = filename;
        this.script = script;
    }

    /** The source text of a script run by name, or a PythonSyntaxError as CPython raises when running it. */
    public static String decode(byte[] bytes, String filename) {
        return new SourceDecoder(bytes, filename, true).decode();
    }

    /** The source text of a module to import, as CPython compiles a module's bytes. */
    public static String decodeModule(byte[] bytes, String filename) {
        return new SourceDecoder(bytes, filename, false).decode();
    }

    private String decode() {
        boolean bom = bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb
                && (bytes[2] & 0xff) == 0xbf;
        int start = bom ? 3 : 0;
        if (!script && indexOfNul(start) >= 0) {
            throw new PythonSyntaxError(PythonSyntaxError.Kind.SYNTAX_ERROR,
                    "source code string cannot contain null bytes", filename, 0, 0, 0, 0, null);
        }
        String declared = declaredEncoding(start);
        if (bom && declared != null && !declared.equals("utf-8")) {
            throw error("encoding problem: " + declared + " with BOM", 0);
        }
        String text;
        if (script && declared == null && !bom) {
            text = strictUtf8(start);
        } else if (declared == null || declared.equals("utf-8")) {
            text = utf8KeepingUndecodedBytes(start);
        } else {
            text = withCharset(start, declared);
        }
        return translateNewlines(text);
    }

    private int indexOfNul(int start) {
        for (int i = start; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                return i;
            }
        }
        return -1;
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

    /**
     * No declaration: every line must be UTF-8. The first that is not is an error the tokenizer
     * meets on reading it, after any error it meets on the lines before.
     */
    private String strictUtf8(int start) {
        int line = 1;
        for (int lineStart = start; lineStart < bytes.length; line++) {
            int lineEnd = lineEnd(lineStart);
            int bad = firstInvalidUtf8(lineStart, lineEnd);
            if (bad >= 0) {
                // CPython checks a line it reads for NULs before it checks its encoding.
                boolean nul = false;
                for (int i = lineStart; i < lineEnd && !nul; i++) {
                    nul = bytes[i] == 0;
                }
                String before = translateNewlines(new String(bytes, start, lineStart - start, StandardCharsets.UTF_8));
                PythonSyntaxError earlier = SourceParser.tokenizerErrorIn(before, filename);
                if (earlier != null) {
                    throw earlier;
                }
                if (nul) {
                    throw error("source code cannot contain null bytes", line);
                }
                // CPython names the line in the message only; the exception has no location.
                throw error(String.format("Non-UTF-8 code starting with '\\x%02x' in file %s on line %d, but no "
                        + "encoding declared; %s", bytes[bad] & 0xff, filename, line, PEP_263), 0);
            }
            lineStart = nextLine(lineEnd);
        }
        return new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8);
    }

    /** UTF-8, with each byte that is not part of a valid sequence kept as an {@link UndecodedBytes} escape. */
    private String utf8KeepingUndecodedBytes(int start) {
        StringBuilder text = new StringBuilder(bytes.length - start);
        int runStart = start;
        int i = start;
        while (i < bytes.length) {
            int length = Utf8Problem.validSequenceLength(bytes, i, bytes.length);
            if (length > 0) {
                i += length;
                continue;
            }
            text.append(new String(bytes, runStart, i - runStart, StandardCharsets.UTF_8));
            text.append(UndecodedBytes.escape(bytes[i]));
            i++;
            runStart = i;
        }
        return text.append(new String(bytes, runStart, i - runStart, StandardCharsets.UTF_8)).toString();
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
        return text;
    }

    // ---- lines and errors -----------------------------------------------------------------

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

    private static String translateNewlines(String text) {
        return text.indexOf('\r') < 0 ? text : text.replace("\r\n", "\n").replace('\r', '\n');
    }

    private PythonSyntaxError error(String message, int line) {
        return new PythonSyntaxError(PythonSyntaxError.Kind.SYNTAX_ERROR, message, filename, line, 0, line, 0, null);
    }
}
