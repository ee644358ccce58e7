package skein.grammar;

/**
 * An error the tokenizer found, located as CPython reports it: 1-based line, and {@code offset}
 * the 1-based column CPython puts in {@code SyntaxError.offset} (an end offset of -1 or 0 means
 * CPython reports none). {@code unclosedBracket} marks the one error found only at the end of the
 * input, which CPython lets an earlier parser error take precedence over.
 */
public record TokenizerError(Kind kind, String message, int line, int offset, int endLine, int endOffset,
                             boolean unclosedBracket) {

    /** The Python exception class: SyntaxError, IndentationError or TabError. */
    public enum Kind { SYNTAX_ERROR, INDENTATION_ERROR, TAB_ERROR }

    static TokenizerError syntax(String message, int line, int offset, int endOffset) {
        return new TokenizerError(Kind.SYNTAX_ERROR, message, line, offset, line, endOffset, false);
    }
}
