package skein.grammar;

/**
 * An error the tokenizer found, located as CPython reports it: 1-based line, and {@code offset}
 * the 1-based column CPython puts in {@code SyntaxError.offset} (an end offset of -1 or 0 means
 * CPython reports none). {@code precedence} says whether it replaces a syntax error the parser
 * found earlier in the file, as CPython decides by reading the rest of the file; for an error of
 * lower precedence found inside brackets, {@code openBracket} is the "'(' was never closed" that
 * CPython's reading reports instead (else null).
 */
public record TokenizerError(Kind kind, String message, int line, int offset, int endLine, int endOffset,
                             Precedence precedence, TokenizerError openBracket) {

    /**
     * The Python exception class: SyntaxError, IndentationError or TabError; or a name holding
     * bytes the source decoding could not decode, whose message is the name itself (the
     * interpreter says what CPython's UTF-8 decoder says about it).
     */
    public enum Kind { SYNTAX_ERROR, INDENTATION_ERROR, TAB_ERROR, UNDECODABLE_NAME }

    /** How the error ranks against a parser error found before it. */
    public enum Precedence {
        /** Replaces it (unterminated strings, bad numbers and characters, bracket mismatches). */
        OVER_PARSER_ERRORS,
        /** Only reported when the parser gets this far (indentation, line continuation errors). */
        UNDER_PARSER_ERRORS,
        /** A bracket never closed: replaces a parser error the parser found on a later line. */
        UNCLOSED_BRACKET
    }

    static TokenizerError syntax(String message, int line, int offset, int endOffset) {
        return new TokenizerError(Kind.SYNTAX_ERROR, message, line, offset, line, endOffset,
                Precedence.OVER_PARSER_ERRORS, null);
    }

    /** An error that only counts when the parser reaches it. */
    static TokenizerError reached(Kind kind, String message, int line, int offset, int endOffset) {
        return new TokenizerError(kind, message, line, offset, line, endOffset, Precedence.UNDER_PARSER_ERRORS, null);
    }
}
