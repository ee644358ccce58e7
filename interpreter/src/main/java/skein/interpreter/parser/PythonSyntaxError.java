package skein.interpreter.parser;

/** PLACEHOLDER until the parser branch lands: same API. */
public final class PythonSyntaxError extends RuntimeException {
    public enum Kind { SYNTAX_ERROR, INDENTATION_ERROR, TAB_ERROR }
    public final Kind kind; public final String msg; public final String filename; public final int lineno; public final int offset; public final int endLineno; public final int endOffset; public final String text;
    public PythonSyntaxError(Kind kind, String msg, String filename, int lineno, int offset, int endLineno, int endOffset, String text) {
        super(msg); this.kind = kind; this.msg = msg; this.filename = filename; this.lineno = lineno; this.offset = offset; this.endLineno = endLineno; this.endOffset = endOffset; this.text = text;
    }
}
