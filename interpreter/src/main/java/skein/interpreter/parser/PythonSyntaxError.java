package skein.interpreter.parser;

/**
 * A SyntaxError, IndentationError or TabError found while reading source, with the attributes
 * CPython's exception carries: {@code msg}, {@code filename}, {@code lineno}, {@code offset}
 * (1-based column, in characters), {@code endLineno}, {@code endOffset} and {@code text}, the
 * offending source line. Offsets CPython leaves unset are 0 or -1, as CPython reports them.
 */
public final class PythonSyntaxError extends RuntimeException {

    /** The Python exception class. */
    public enum Kind {
        SYNTAX_ERROR("SyntaxError"),
        INDENTATION_ERROR("IndentationError"),
        TAB_ERROR("TabError");

        public final String pythonName;

        Kind(String pythonName) {
            this.pythonName = pythonName;
        }
    }

    private final Kind kind;
    private final String msg;
    private final String filename;
    private final int lineno;
    private final int offset;
    private final int endLineno;
    private final int endOffset;
    private final String text;

    public PythonSyntaxError(Kind kind, String msg, String filename, int lineno, int offset, int endLineno,
                             int endOffset, String text) {
        super(msg, null, false, false);
        this.kind = kind;
        this.msg = msg;
        this.filename = filename;
        this.lineno = lineno;
        this.offset = offset;
        this.endLineno = endLineno;
        this.endOffset = endOffset;
        this.text = text;
    }

    public Kind kind() {
        return kind;
    }

    public String msg() {
        return msg;
    }

    public String filename() {
        return filename;
    }

    public int lineno() {
        return lineno;
    }

    public int offset() {
        return offset;
    }

    public int endLineno() {
        return endLineno;
    }

    public int endOffset() {
        return endOffset;
    }

    /** The source line the error is on, or null when there is none (decoding errors). */
    public String text() {
        return text;
    }

    /** The last line CPython prints for this error, e.g. {@code SyntaxError: invalid syntax}. */
    @Override
    public String toString() {
        return kind.pythonName + ": " + msg;
    }
}
