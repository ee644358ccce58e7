package skein.grammar;

import java.util.ArrayDeque;

import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.Lexer;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.Interval;

/**
 * The part of the Python tokenizer that regular expressions cannot say: it turns indentation
 * into INDENT/DEDENT tokens, ends logical lines with NEWLINE, ignores newlines inside brackets
 * (implicit line joining) and on blank or comment-only lines, and finds the errors CPython's
 * tokenizer reports (bad indentation, mismatched brackets, unterminated strings, malformed
 * numbers, characters that cannot appear in source).
 *
 * <p>After the first error the stream holds one ERRORTOKEN, placed where the error is, and then
 * EOF; {@link #tokenizerError()} says what the error was.
 */
public abstract class PythonLexerBase extends Lexer {

    /** Columns a tab advances to a multiple of, as in CPython; tabs also count as one for TabError. */
    private static final int TAB_SIZE = 8;
    private static final int MAX_INDENT = 100;
    private static final int MAX_BRACKETS = 200;

    private final ArrayDeque<Token> pending = new ArrayDeque<>();
    private final int[] indents = new int[MAX_INDENT + 1];
    private final int[] altIndents = new int[MAX_INDENT + 1];
    private int depth;
    private final ArrayDeque<Token> brackets = new ArrayDeque<>();
    private boolean atLineStart;
    private boolean lineHasTokens;
    private Token commentOnLine;
    private Token lastEmitted;
    private TokenizerError error;
    private boolean ended;
    /**
     * The code point index where the first line holding a NUL starts, or -1; null until looked
     * for. CPython rejects such a line when it reads it, before any of its tokens.
     */
    private Integer nulLineStart;
    private int nulLine;

    protected PythonLexerBase(CharStream input) {
        super(input);
        clearState();
    }

    /** The tokenizer error that ended the stream, or null. */
    public TokenizerError tokenizerError() {
        return error;
    }

    @Override
    public void reset() {
        super.reset();
        clearState();
    }

    private void clearState() {
        pending.clear();
        depth = 0;
        brackets.clear();
        atLineStart = true;
        lineHasTokens = false;
        commentOnLine = null;
        lastEmitted = null;
        error = null;
        ended = false;
        nulLineStart = null;
    }

    @Override
    public Token nextToken() {
        while (pending.isEmpty()) {
            produce();
        }
        return pending.removeFirst();
    }

    /** Records where every token ends, which the AST positions need. */
    @Override
    public Token emit() {
        PythonToken token = new PythonToken(_tokenFactorySourcePair, _type, _channel, _tokenStartCharIndex,
                getCharIndex() - 1);
        token.setLine(_tokenStartLine);
        token.setCharPositionInLine(_tokenStartCharPositionInLine);
        token.setEnd(getLine(), getCharPositionInLine());
        if (_text != null) {
            token.setText(_text);
        }
        emit(token);
        return token;
    }

    /** The end of input as a PythonToken too. */
    @Override
    public Token emitEOF() {
        Token eof = syntheticToken(Token.EOF, _input.index(), getLine(), getCharPositionInLine());
        emit(eof);
        return eof;
    }

    private void produce() {
        if (ended) {
            pending.add(syntheticToken(Token.EOF, _input.index(), getLine(), getCharPositionInLine()));
            return;
        }
        if (reachedNulLine(_input.index())) {
            return;
        }
        if (atLineStart) {
            atLineStart = false;
            indentation();
            if (ended) {
                return;
            }
        }
        Token token = super.nextToken();
        if (token.getType() != Token.EOF && reachedNulLine(token.getStartIndex())) {
            return;
        }
        switch (token.getType()) {
            case PythonLexer.NEWLINE -> newline(token);
            case PythonLexer.COMMENT -> commentOnLine = token;
            case Token.EOF -> endOfInput(token);
            case PythonLexer.LPAR, PythonLexer.LSQB, PythonLexer.LBRACE -> openBracket(token);
            case PythonLexer.RPAR, PythonLexer.RSQB, PythonLexer.RBRACE -> closeBracket(token);
            case PythonLexer.NUMBER -> number(token);
            case PythonLexer.STRING -> string(token);
            case PythonLexer.ERROR_CHAR -> strayCharacter(token);
            default -> add(token);
        }
    }

    /** At or past the line holding a NUL: ends the stream with CPython's error for it. */
    private boolean reachedNulLine(int index) {
        if (nulLineStart == null) {
            findNulLine();
        }
        if (nulLineStart < 0 || index < nulLineStart) {
            return false;
        }
        fail(new TokenizerError(TokenizerError.Kind.SYNTAX_ERROR, "source code cannot contain null bytes", nulLine,
                0, nulLine, 0, TokenizerError.Precedence.OVER_PARSER_ERRORS, null), nulLine, 0);
        return true;
    }

    private void findNulLine() {
        String text = _input.size() == 0 ? "" : _input.getText(Interval.of(0, _input.size() - 1));
        int nul = text.indexOf('\0');
        nulLineStart = -1;
        if (nul >= 0) {
            int lineStart = text.lastIndexOf('\n', nul) + 1;
            nulLineStart = text.codePointCount(0, lineStart);
            nulLine = 1 + (int) text.substring(0, lineStart).chars().filter(c -> c == '\n').count();
        }
    }

    private void add(Token token) {
        pending.add(token);
        lastEmitted = token;
        lineHasTokens = true;
    }

    // ---- line structure -------------------------------------------------------------------

    /** At the start of a physical line outside brackets: compares its indentation with the stack. */
    private void indentation() {
        int col = 0;
        int altCol = 0;
        int k = 1;
        int c;
        while (true) {
            c = _input.LA(k);
            if (c == ' ') {
                col++;
                altCol++;
            } else if (c == '\t') {
                col = (col / TAB_SIZE + 1) * TAB_SIZE;
                altCol++;
            } else if (c == '\f') {
                col = 0;
                altCol = 0;
            } else {
                break;
            }
            k++;
        }
        if (c == '#' || c == '\n' || c == CharStream.EOF) {
            return;  // blank or comment-only lines do not count
        }
        int line = getLine();
        int width = k - 1;
        if (c == '\\' && _input.LA(k + 1) != '\n') {
            // CPython reads a backslash in the indentation before deciding on INDENT or DEDENT.
            String message = _input.LA(k + 1) == CharStream.EOF ? "unexpected EOF while parsing"
                    : "unexpected character after line continuation character";
            fail(TokenizerError.reached(TokenizerError.Kind.SYNTAX_ERROR, message, line, width + 2, 0), line, width);
            return;
        }
        if (col == indents[depth]) {
            if (altCol != altIndents[depth]) {
                tabError(line);
            }
        } else if (col > indents[depth]) {
            if (depth + 1 >= MAX_INDENT) {
                fail(TokenizerError.reached(TokenizerError.Kind.INDENTATION_ERROR, "too many levels of indentation",
                        line, 1, 0), line, width);
                return;
            }
            if (altCol <= altIndents[depth]) {
                tabError(line);
                return;
            }
            depth++;
            indents[depth] = col;
            altIndents[depth] = altCol;
            pending.add(syntheticToken(PythonLexer.INDENT, _input.index() + width, line, width));
        } else {
            int target = depth;
            while (target > 0 && col < indents[target]) {
                target--;
            }
            // CPython reports a bad dedent before producing any DEDENT for the line.
            if (col != indents[target]) {
                int lineLength = width;
                while (_input.LA(lineLength + 1) != '\n' && _input.LA(lineLength + 1) != CharStream.EOF) {
                    lineLength++;
                }
                fail(TokenizerError.reached(TokenizerError.Kind.INDENTATION_ERROR,
                        "unindent does not match any outer indentation level", line, lineLength + 1, -1), line, width);
                return;
            }
            if (altCol != altIndents[target]) {
                tabError(line);
                return;
            }
            while (depth > target) {
                depth--;
                pending.add(syntheticToken(PythonLexer.DEDENT, _input.index() + width, line, width));
            }
        }
    }

    private void tabError(int line) {
        fail(TokenizerError.reached(TokenizerError.Kind.TAB_ERROR, "inconsistent use of tabs and spaces in indentation",
                line, 1, 0), line, 0);
    }

    private void newline(Token token) {
        if (!brackets.isEmpty()) {
            commentOnLine = null;
            return;  // implicit line joining
        }
        atLineStart = true;
        if (lineHasTokens) {
            // CPython's NEWLINE token starts at a trailing comment when there is one, and ends
            // where the newline character starts.
            Token at = commentOnLine != null ? commentOnLine : token;
            pending.add(syntheticToken(PythonLexer.NEWLINE, at.getStartIndex(), at.getLine(),
                    at.getCharPositionInLine(), token.getLine(), token.getCharPositionInLine()));
            lineHasTokens = false;
        }
        commentOnLine = null;
    }

    private void endOfInput(Token eof) {
        if (!brackets.isEmpty()) {
            fail(unclosedBracket(), eof.getLine(), eof.getCharPositionInLine());
            return;
        }
        int end = eof.getStartIndex();
        if (end >= 2 && charAt(end - 2) == '\\' && charAt(end - 1) == '\n') {
            // A backslash-newline with nothing after it.
            int lineStart = end - 2;
            while (lineStart > 0 && charAt(lineStart - 1) != '\n') {
                lineStart--;
            }
            int line = eof.getLine() - 1;
            int backslashColumn = end - 2 - lineStart;
            fail(TokenizerError.reached(TokenizerError.Kind.SYNTAX_ERROR, "unexpected EOF while parsing", line,
                    backslashColumn + 2, -1), line, backslashColumn);
            return;
        }
        if (lineHasTokens) {
            Token at = commentOnLine != null ? commentOnLine : eof;
            pending.add(syntheticToken(PythonLexer.NEWLINE, at.getStartIndex(), at.getLine(),
                    at.getCharPositionInLine(), eof.getLine(), eof.getCharPositionInLine()));
            lineHasTokens = false;
        }
        // CPython reads input as if it ended with a newline: what closes it is on the next line.
        boolean openLine = eof.getCharPositionInLine() > 0;
        int line = openLine ? eof.getLine() + 1 : eof.getLine();
        while (depth > 0) {
            depth--;
            pending.add(syntheticToken(PythonLexer.DEDENT, eof.getStartIndex(), line, 0));
        }
        pending.add(openLine ? syntheticToken(Token.EOF, eof.getStartIndex(), line, 0) : eof);
        ended = true;
    }

    private int charAt(int index) {
        return _input.getText(Interval.of(index, index)).codePointAt(0);
    }

    // ---- brackets -------------------------------------------------------------------------

    /** "'(' was never closed", for the innermost bracket still open. */
    private TokenizerError unclosedBracket() {
        Token open = brackets.peek();
        return new TokenizerError(TokenizerError.Kind.SYNTAX_ERROR, "'" + open.getText() + "' was never closed",
                open.getLine(), open.getCharPositionInLine() + 1, open.getLine(), 0,
                TokenizerError.Precedence.UNCLOSED_BRACKET, null);
    }

    private void openBracket(Token token) {
        if (brackets.size() >= MAX_BRACKETS) {
            failAt(token, TokenizerError.syntax("too many nested parentheses", token.getLine(),
                    token.getCharPositionInLine() + 1, token.getCharPositionInLine() + 1));
            return;
        }
        brackets.push(token);
        add(token);
    }

    private void closeBracket(Token token) {
        int line = token.getLine();
        int offset = token.getCharPositionInLine() + 1;
        if (brackets.isEmpty()) {
            failAt(token, TokenizerError.syntax("unmatched '" + token.getText() + "'", line, offset, offset));
            return;
        }
        Token open = brackets.pop();
        if (!matches(open.getType(), token.getType())) {
            String message = "closing parenthesis '" + token.getText() + "' does not match opening parenthesis '"
                    + open.getText() + "'" + (open.getLine() != line ? " on line " + open.getLine() : "");
            failAt(token, TokenizerError.syntax(message, line, offset, offset));
            return;
        }
        add(token);
    }

    private static boolean matches(int open, int close) {
        return switch (open) {
            case PythonLexer.LPAR -> close == PythonLexer.RPAR;
            case PythonLexer.LSQB -> close == PythonLexer.RSQB;
            default -> close == PythonLexer.RBRACE;
        };
    }

    // ---- literals -------------------------------------------------------------------------

    private void number(Token token) {
        String text = token.getText();
        int length = text.length();  // numbers are ASCII
        NumberLiteralChecker.Problem problem = NumberLiteralChecker.check(i -> {
            if (i < length) {
                return text.charAt(i);
            }
            int c = _input.LA(i - length + 1);  // the input stands just after the token
            return c == CharStream.EOF ? -1 : c;
        });
        if (problem == null) {
            add(token);
            return;
        }
        int col = token.getCharPositionInLine();
        failAt(token, TokenizerError.syntax(problem.message(), token.getLine(), col + problem.offset(),
                col + problem.endOffset()));
    }

    /**
     * An empty short string directly followed by its quote character is the start of a
     * triple-quoted string that never ends: a complete one would have been the longer match.
     */
    private void string(Token token) {
        String text = token.getText();
        int n = text.length();
        char quote = text.charAt(n - 1);
        boolean emptyShort = n >= 2 && text.charAt(n - 2) == quote && isPrefix(text.substring(0, n - 2));
        if (emptyShort && _input.LA(1) == quote) {
            unterminatedTripleQuoted(token, 1);
            return;
        }
        add(token);
    }

    private static boolean isPrefix(String text) {
        return switch (text.toLowerCase()) {
            case "", "r", "u", "b", "f", "br", "rb", "fr", "rf" -> true;
            default -> false;
        };
    }

    private void strayCharacter(Token token) {
        int c = token.getText().codePointAt(0);
        int line = token.getLine();
        int col = token.getCharPositionInLine();
        if (c == '\'' || c == '"') {
            unterminatedString(token, c);
        } else if (c == '\\') {
            String message = _input.LA(1) == CharStream.EOF ? "unexpected EOF while parsing"
                    : "unexpected character after line continuation character";
            failAt(token, new TokenizerError(TokenizerError.Kind.SYNTAX_ERROR, message, line, col + 2, line,
                    _input.LA(1) == CharStream.EOF ? -1 : 0, TokenizerError.Precedence.UNDER_PARSER_ERRORS,
                    brackets.isEmpty() ? null : unclosedBracket()));
        } else if (isUndecodedByte(c)) {
            failAt(token, new TokenizerError(TokenizerError.Kind.UNDECODABLE_NAME, undecodableName(token), line,
                    col + 1, line, -1, TokenizerError.Precedence.OVER_PARSER_ERRORS, null));
        } else if (c >= 128 || c < ' ' || c == 127) {
            String message = isPrintable(c)
                    ? String.format("invalid character '%s' (U+%04X)", Character.toString(c), c)
                    : String.format("invalid non-printable character U+%04X", c);
            failAt(token, TokenizerError.syntax(message, line, col + 1, col + 1));
        } else {
            add(token);  // '$', '?', '`', a lone '!': CPython's parser rejects these
        }
    }

    /**
     * Whether a character stands for a source byte that did not decode: the interpreter's source
     * decoder keeps such bytes as U+DC80..U+DCFF, as Python's surrogateescape does.
     */
    private static boolean isUndecodedByte(int c) {
        return c >= 0xdc80 && c <= 0xdcff;
    }

    /**
     * The whole name an undecodable byte sits in, as CPython's tokenizer reads it: the run of
     * ASCII letters, digits, '_' and non-ASCII characters around it.
     */
    private String undecodableName(Token bad) {
        StringBuilder name = new StringBuilder();
        if (lastEmitted != null && lastEmitted.getType() == PythonLexer.NAME
                && lastEmitted.getStopIndex() + 1 == bad.getStartIndex()) {
            name.append(lastEmitted.getText());
        }
        name.append(bad.getText());
        for (int k = 1; isPotentialNameCharacter(_input.LA(k)); k++) {
            name.appendCodePoint(_input.LA(k));
        }
        return name.toString();
    }

    private static boolean isPotentialNameCharacter(int c) {
        return c >= 128 || c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    /** Python's str.isprintable for one character. */
    private static boolean isPrintable(int c) {
        return switch (Character.getType(c)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE,
                 Character.UNASSIGNED, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR -> false;
            case Character.SPACE_SEPARATOR -> c == ' ';
            default -> true;
        };
    }

    /** A quote that starts no complete string; a prefix such as b or rf was lexed as a name. */
    private void unterminatedString(Token quoteToken, int quote) {
        Token start = quoteToken;
        if (lastEmitted != null && lastEmitted.getType() == PythonLexer.NAME
                && lastEmitted.getStopIndex() + 1 == quoteToken.getStartIndex() && isPrefix(lastEmitted.getText())) {
            start = lastEmitted;
        }
        if (_input.LA(1) == quote && _input.LA(2) == quote) {
            unterminatedTripleQuoted(start, 2);
            return;
        }
        // Read on as CPython does: a backslash escapes the next character, newline included.
        int line = quoteToken.getLine();
        int k = 1;
        while (true) {
            int c = _input.LA(k);
            if (c == CharStream.EOF || c == '\n') {
                break;
            }
            if (c == '\\') {
                k++;
                if (_input.LA(k) == '\n') {
                    line++;
                } else if (_input.LA(k) == CharStream.EOF) {
                    break;
                }
            }
            k++;
        }
        int offset = start.getCharPositionInLine() + 1;
        failAt(start, TokenizerError.syntax("unterminated string literal (detected at line " + line + ")",
                start.getLine(), offset, offset));
    }

    /** {@code skip} is how many characters of the opening quotes lie after the input position. */
    private void unterminatedTripleQuoted(Token start, int skip) {
        int line = getLine();
        int k = skip + 1;
        int c;
        while ((c = _input.LA(k)) != CharStream.EOF) {
            if (c == '\n' && _input.LA(k + 1) != CharStream.EOF) {
                line++;
            }
            k++;
        }
        int offset = start.getCharPositionInLine() + 1;
        failAt(start, TokenizerError.syntax(
                "unterminated triple-quoted string literal (detected at line " + line + ")", start.getLine(),
                offset, offset));
    }

    // ---- errors and synthetic tokens ------------------------------------------------------

    private void failAt(Token token, TokenizerError problem) {
        fail(problem, token.getLine(), token.getCharPositionInLine());
    }

    /** Ends the stream with an ERRORTOKEN at the given place, then EOF. */
    private void fail(TokenizerError problem, int line, int col) {
        error = problem;
        ended = true;
        pending.add(syntheticToken(PythonLexer.ERRORTOKEN, _input.index(), line, col));
    }

    private Token syntheticToken(int type, int index, int line, int col) {
        return syntheticToken(type, index, line, col, line, col);
    }

    private Token syntheticToken(int type, int index, int line, int col, int endLine, int endCol) {
        PythonToken token = new PythonToken(_tokenFactorySourcePair, type, Token.DEFAULT_CHANNEL, index, index - 1);
        token.setLine(line);
        token.setCharPositionInLine(col);
        token.setEnd(endLine, endCol);
        token.setText(switch (type) {
            case PythonLexer.NEWLINE -> "\n";
            case Token.EOF -> "<EOF>";
            default -> "";
        });
        return token;
    }
}
