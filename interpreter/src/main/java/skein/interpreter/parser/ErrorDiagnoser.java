package skein.interpreter.parser;

import java.util.List;

import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.IntervalSet;
import org.antlr.v4.runtime.tree.ParseTree;

import skein.grammar.PythonLexer;
import skein.grammar.PythonParser;
import skein.grammar.PythonParser.*;
import skein.grammar.PythonToken;
import skein.grammar.TokenizerError;
import skein.interpreter.ast.Expr;

/**
 * Turns a parse failure into the SyntaxError CPython would raise. CPython's parser, after a
 * failure, parses again looking for common mistakes ("expected ':'", "Perhaps you forgot a
 * comma?"...) and then lets an error of its tokenizer further on take precedence; this class
 * looks for the same mistakes around the token where the parse failed, and applies the same
 * precedence.
 */
final class ErrorDiagnoser {

    /** Tokens that can begin an expression. */
    private static final IntervalSet EXPRESSION_START = IntervalSet.of(PythonLexer.NAME, PythonLexer.STRING);

    static {
        for (int type : new int[] {PythonLexer.NUMBER, PythonLexer.LPAR, PythonLexer.LSQB, PythonLexer.LBRACE,
                PythonLexer.MINUS, PythonLexer.PLUS, PythonLexer.TILDE, PythonLexer.NOT, PythonLexer.LAMBDA,
                PythonLexer.AWAIT, PythonLexer.TRUE, PythonLexer.FALSE, PythonLexer.NONE, PythonLexer.ELLIPSIS,
                PythonLexer.STAR}) {
            EXPRESSION_START.add(type);
        }
    }

    private final SourceText source;
    private final PositionMap map;
    private final TokenWindow tokens;
    private final TokenizerError tokenizerError;
    private final AstBuilder.FieldParser fieldParser;

    ErrorDiagnoser(SourceText source, PositionMap map, List<Token> tokens, TokenizerError tokenizerError,
                   AstBuilder.FieldParser fieldParser) {
        this.source = source;
        this.map = map;
        this.tokens = new TokenWindow(tokens, source, map, fieldParser);
        this.tokenizerError = tokenizerError;
        this.fieldParser = fieldParser;
    }

    /**
     * The error CPython reports for a parse that failed at {@code failure}: a SyntaxError (or
     * subclass) as a PythonSyntaxError, or a {@link SourceDecodeError}.
     */
    RuntimeException diagnose(RecognitionException failure) {
        Token token = failure.getOffendingToken();
        ParserRuleContext ctx = (ParserRuleContext) failure.getCtx();
        PythonSyntaxError error = errorBefore(root(ctx), token.getTokenIndex());
        // Where CPython's parser stopped reading, for the unclosed-bracket precedence below:
        // at an error it finds in what Skein's grammar accepted, else as far as the diagnosis read.
        int readLine = error != null ? error.lineno() : 0;
        if (error == null && token.getType() == PythonLexer.ERRORTOKEN) {
            return tokenizerError();
        }
        if (error == null) {
            error = specificError(ctx, failure.getExpectedTokens(), token);
            readLine = map.line(tokens.get(Math.max(tokens.furthestRead(), token.getTokenIndex())).getLine());
        }
        if (error == null) {
            // CPython reports these two without looking for tokenizer errors further on.
            if (token.getType() == PythonLexer.INDENT) {
                return at(token, PythonSyntaxError.Kind.INDENTATION_ERROR, "unexpected indent");
            }
            if (token.getType() == PythonLexer.DEDENT) {
                return isAtEnd(token) ? atEndOfInput(PythonSyntaxError.Kind.INDENTATION_ERROR, "unexpected unindent")
                        : at(token, PythonSyntaxError.Kind.INDENTATION_ERROR, "unexpected unindent");
            }
            error = generic(token);
        }
        if (readUndecodableName(token.getTokenIndex())) {
            return tokenizerError();
        }
        return orTokenizerError(error, readLine);
    }

    /**
     * Whether the parser read as far as a name that does not decode while looking for its
     * error: CPython then reports the name (as a SyntaxError) rather than the syntax error.
     */
    private boolean readUndecodableName(int failedAt) {
        if (tokenizerError == null || tokenizerError.kind() != TokenizerError.Kind.UNDECODABLE_NAME) {
            return false;
        }
        int errorToken = tokens.size() - 1;
        while (errorToken > 0 && tokens.type(errorToken) != PythonLexer.ERRORTOKEN) {
            errorToken--;
        }
        return Math.max(failedAt, tokens.furthestRead()) >= errorToken;
    }

    /**
     * The error CPython reports for a syntax error its parser found, having then read the rest
     * of the file: the parser's error, or the tokenizer's when it ranks higher. {@code readLine}
     * is the line of the furthest token the parser read. A name that does not decode, met
     * this way, is reported as the bare UnicodeDecodeError CPython's reading raises.
     */
    RuntimeException orTokenizerError(PythonSyntaxError error, int readLine) {
        if (tokenizerError == null) {
            return error;
        }
        // Reading the rest of the file, CPython stops at the tokenizer's error; one of low
        // precedence inside brackets reports the bracket instead.
        TokenizerError found = tokenizerError.precedence() == TokenizerError.Precedence.UNDER_PARSER_ERRORS
                && tokenizerError.openBracket() != null ? tokenizerError.openBracket() : tokenizerError;
        boolean wins = switch (found.precedence()) {
            case OVER_PARSER_ERRORS -> true;
            case UNDER_PARSER_ERRORS -> false;
            // Judged, as CPython does, by the line of the furthest token the parser read.
            case UNCLOSED_BRACKET -> readLine > map.line(found.line());
        };
        if (!wins) {
            return error;
        }
        return found.kind() == TokenizerError.Kind.UNDECODABLE_NAME ? SourceDecodeError.inName(found.message())
                : tokenizerError(found);
    }

    /** The tokenizer's error as the exception CPython raises when its parser reaches it. */
    PythonSyntaxError tokenizerError() {
        return tokenizerError(tokenizerError);
    }

    private PythonSyntaxError tokenizerError(TokenizerError tokenizerError) {
        PythonSyntaxError.Kind kind = switch (tokenizerError.kind()) {
            case SYNTAX_ERROR, UNDECODABLE_NAME -> PythonSyntaxError.Kind.SYNTAX_ERROR;
            case INDENTATION_ERROR -> PythonSyntaxError.Kind.INDENTATION_ERROR;
            case TAB_ERROR -> PythonSyntaxError.Kind.TAB_ERROR;
        };
        String message = tokenizerError.kind() == TokenizerError.Kind.UNDECODABLE_NAME
                ? UndecodedBytes.unicodeErrorMessage(tokenizerError.message()) : tokenizerError.message();
        // Inside an f-string field CPython reports the tokenizer's own columns, without "f-string: ".
        return source.error(kind, message, map.line(tokenizerError.line()), tokenizerError.offset(),
                map.line(tokenizerError.endLine()), tokenizerError.endOffset());
    }

    private static ParserRuleContext root(ParserRuleContext ctx) {
        ParserRuleContext root = ctx;
        while (root.getParent() != null) {
            root = root.getParent();
        }
        return root;
    }

    /**
     * CPython meets errors such as "cannot assign to literal" or "cannot use starred expression
     * here" while parsing, in source order, so such an error in a statement, parameter list or
     * expression completed before the failure comes first.
     */
    private PythonSyntaxError errorBefore(ParserRuleContext ctx, int failure) {
        if (ctx.children == null) {
            return null;
        }
        for (ParseTree child : ctx.children) {
            if (!(child instanceof ParserRuleContext part) || part.stop == null) {
                continue;
            }
            boolean complete = part.exception == null && part.stop.getTokenIndex() < failure;
            // A parameter list counts only once closed; before that its error is CPython's too.
            int next = tokens.type(part.stop.getTokenIndex() + 1);
            boolean checkable = part instanceof StatementContext || part instanceof ExpressionContext
                    || part instanceof AtomContext || part instanceof KeywordArgumentContext
                    || part instanceof ParametersContext && next == PythonLexer.RPAR
                    || part instanceof Lambda_parametersContext && next == PythonLexer.COLON;
            PythonSyntaxError error;
            if (complete && checkable) {
                try {
                    new AstBuilder(source, tokens.all(), map, fieldParser).check(part);
                    error = null;
                } catch (PythonSyntaxError e) {
                    error = e;
                }
            } else {
                error = errorBefore(part, failure);
            }
            if (error != null || !complete) {
                return error;
            }
        }
        return null;
    }

    // ---- specific mistakes ----------------------------------------------------------------

    private PythonSyntaxError specificError(ParserRuleContext ctx, IntervalSet expected, Token token) {
        int at = token.getTokenIndex();
        int previous = tokens.type(at - 1);

        if (ctx instanceof BlockContext block && block.INDENT() == null && previous == PythonLexer.NEWLINE) {
            return blockExpected(block, token);
        }
        PythonSyntaxError error = badAnnotationTarget(ctx);
        if (error != null) {
            return error;
        }
        if (expected != null && expected.contains(PythonLexer.COLON) && expectsColon(ctx, token)) {
            return at(token, "expected ':'");
        }
        if (ctx instanceof Function_defContext && expected != null && expected.contains(PythonLexer.LPAR)) {
            return at(token, "expected '('");
        }
        if (previous == PythonLexer.RARROW && within(ctx, Function_defContext.class)) {
            return at(tokens.get(at - 1), "expected ':'");  // CPython skips the broken '-> annotation'
        }
        if (previous == PythonLexer.EQUAL) {
            error = nothingAfterEqual(ctx, at);
            if (error != null) {
                return error;
            }
        }
        if (ctx instanceof Try_stmtContext && expected != null && expected.contains(PythonLexer.EXCEPT)) {
            return isAtEnd(token)
                    ? atEndOfInput(PythonSyntaxError.Kind.SYNTAX_ERROR, "expected 'except' or 'finally' block")
                    : at(token, "expected 'except' or 'finally' block");
        }
        error = legacyPrint(at);
        if (error == null) {
            error = parenthesizedParameters(at);
        }
        if (error == null) {
            error = dictEntry(at);
        }
        if (error == null) {
            error = missingElse(at);
        }
        if (error == null) {
            error = missingComma(at);
        }
        if (error == null) {
            error = assignmentAfterTuple(at);
        }
        if (error == null && token.getType() == PythonLexer.EQUAL && inNamedExpressionPosition(at)) {
            error = assignmentInExpression(at);
        }
        if (error == null && token.getType() == PythonLexer.COLONEQUAL && inNamedExpressionPosition(at)) {
            error = walrusTarget(at);
        }
        if (error == null) {
            error = juxtaposedNames(at);
        }
        return error;
    }

    /**
     * "by the way if so": after a name at the start of an expression, CPython reads what follows
     * as an expression too, to check for Python 2's print statement, and so each word of a
     * line of prose in turn. In that chain it finds "a if b" without else from the first word
     * on, then the print statement from the last word back. (What it reads inside brackets
     * there it reuses from an earlier reading that looked for no mistakes.)
     */
    private PythonSyntaxError juxtaposedNames(int at) {
        if (namesFollow(tokens.type(at - 2)) || tokens.type(at - 1) != PythonLexer.NAME || inNameStatement(at)) {
            return null;
        }
        int last = at - 1;
        while (last - at < 64 && tokens.type(last) == PythonLexer.NAME && tokens.type(last + 1) != PythonLexer.LPAR
                && EXPRESSION_START.contains(tokens.type(last + 1))) {
            PythonSyntaxError error = ifWithoutElse(last + 1);
            if (error != null) {
                return error;
            }
            last++;
        }
        for (int name = last - 1; name >= at - 1; name--) {
            PythonSyntaxError error = legacyPrint(name + 1);
            if (error != null) {
                return error;
            }
        }
        return null;
    }

    /** "expected an indented block after 'if' statement on line 1". */
    private PythonSyntaxError blockExpected(BlockContext block, Token token) {
        ParserRuleContext owner = block.getParent();
        String what = switch (owner) {
            case If_stmtContext c -> "'if' statement";
            case Elif_clauseContext c -> "'elif' statement";
            case Else_blockContext c -> "'else' statement";
            case While_stmtContext c -> "'while' statement";
            case For_stmtContext c -> "'for' statement";
            case With_stmtContext c -> "'with' statement";
            case Try_stmtContext c -> "'try' statement";
            case Except_clauseContext c -> c.STAR() != null ? "'except*' statement" : "'except' statement";
            case Finally_blockContext c -> "'finally' statement";
            case Function_defContext c -> "function definition";
            case Class_defContext c -> "class definition";
            default -> null;
        };
        if (what == null) {
            return null;
        }
        String message = "expected an indented block after " + what + " on line " + map.line(owner.start.getLine());
        if (isAtEnd(token)) {
            return atEndOfInput(PythonSyntaxError.Kind.INDENTATION_ERROR, message);
        }
        return at(token, PythonSyntaxError.Kind.INDENTATION_ERROR, message);
    }

    /**
     * CPython says "expected ':'" when a compound statement's header ends at the newline, and
     * wherever the colon is missing after 'else', 'try', 'finally' and a def's header.
     */
    private static boolean expectsColon(ParserRuleContext ctx, Token token) {
        boolean atNewline = token.getType() == PythonLexer.NEWLINE;
        return switch (ctx) {
            case Else_blockContext c -> true;
            case Finally_blockContext c -> true;
            case Function_defContext c -> true;
            case Try_stmtContext c -> c.block() == null;
            case If_stmtContext c -> atNewline;
            case Elif_clauseContext c -> atNewline;
            case While_stmtContext c -> atNewline;
            case For_stmtContext c -> atNewline;
            case With_stmtContext c -> atNewline;
            case Except_clauseContext c -> atNewline;
            case Class_defContext c -> atNewline;
            default -> false;
        };
    }

    /** "print x": Python 2's print statement. */
    private PythonSyntaxError legacyPrint(int at) {
        if (at < 1 || !EXPRESSION_START.contains(tokens.type(at))) {
            return null;
        }
        Token name = tokens.get(at - 1);
        if (!isLegacyName(name) || tokens.type(at - 2) == PythonLexer.DOT) {
            return null;
        }
        int end = tokens.parsePrefix(at, PythonParser::star_expressions);
        if (end == TokenWindow.HIT_TOKENIZER_ERROR || end >= 0 && tokens.type(end) == PythonLexer.ERRORTOKEN) {
            return tokenizerError();
        }
        if (end < 0) {
            return null;
        }
        return range(name, tokens.get(end - 1), "Missing parentheses in call to '" + name.getText()
                + "'. Did you mean " + name.getText() + "(...)?");
    }

    private static boolean isLegacyName(Token token) {
        return token.getType() == PythonLexer.NAME && (token.getText().equals("print") || token.getText().equals("exec"));
    }

    /**
     * Two expressions side by side: "invalid syntax. Perhaps you forgot a comma?" inside
     * brackets. CPython reads both expressions wherever they are, and only then checks for the
     * brackets, so the read can run into a tokenizer error even outside them.
     */
    private PythonSyntaxError missingComma(int at) {
        int open = tokens.enclosingBracket(at);
        if (open > 0 && tokens.type(open - 1) == PythonLexer.IMPORT || inNameStatement(at)) {
            return null;
        }
        int start = tokens.firstStartOf(open >= 0 ? open + 1 : tokens.logicalLineStart(at), at,
                PythonParser::disjunction);
        if (start < 0 || isParameterList(open) && tokens.type(start - 1) != PythonLexer.EQUAL
                && tokens.type(start - 1) != PythonLexer.COLON) {
            return null;  // in a def's parameters, only defaults and annotations are expressions
        }
        if (namesFollow(tokens.type(start - 1))) {
            return null;
        }
        Token first = tokens.get(start);
        if (start + 1 == at && isLegacyName(first) || isSoftKeyword(first)) {
            return null;
        }
        int secondStart = at;
        if (first.getType() == PythonLexer.NAME && tokens.type(start + 1) == PythonLexer.STRING) {
            // CPython skips a name followed by a string ('f' "{x}"); the string may start the pair.
            if (tokens.type(at) != PythonLexer.STRING) {
                return null;
            }
            start = at;
            first = tokens.get(at);
            secondStart = tokens.parsePrefix(at, PythonParser::disjunction);
            if (secondStart < 0) {
                return null;
            }
        }
        int end = tokens.parsePrefix(secondStart, PythonParser::expression);
        if (end == TokenWindow.HIT_TOKENIZER_ERROR || end >= 0 && tokens.type(end) == PythonLexer.ERRORTOKEN) {
            return tokenizerError();
        }
        if (end < 0 || open < 0) {
            return null;
        }
        return range(first, tokens.get(end - 1), "invalid syntax. Perhaps you forgot a comma?");
    }

    /** Whether what follows a token of this type is a name of a definition or import, not an expression. */
    private static boolean namesFollow(int type) {
        return switch (type) {
            case PythonLexer.CLASS, PythonLexer.DEF, PythonLexer.IMPORT, PythonLexer.FROM, PythonLexer.AS,
                 PythonLexer.GLOBAL, PythonLexer.NONLOCAL, PythonLexer.LAMBDA, PythonLexer.DOT -> true;
            default -> false;
        };
    }

    /** Whether the token is in an import, global or nonlocal statement, which lists names. */
    private boolean inNameStatement(int at) {
        return switch (tokens.type(tokens.logicalLineStart(at))) {
            case PythonLexer.IMPORT, PythonLexer.FROM, PythonLexer.GLOBAL, PythonLexer.NONLOCAL -> true;
            default -> false;
        };
    }

    /**
     * Whether CPython's missing-comma rule takes this token for a soft keyword: it compares only
     * the name's length of characters, so any prefix of "match", "case" or "_" counts ("c", "ma").
     */
    private static boolean isSoftKeyword(Token token) {
        String name = token.getText();
        return token.getType() == PythonLexer.NAME && !name.isEmpty()
                && ("match".startsWith(name) || "case".startsWith(name) || "_".equals(name));
    }

    /** "a if b" with no else: "expected 'else' after 'if' expression". */
    private PythonSyntaxError missingElse(int at) {
        int type = tokens.type(at);
        if (type == PythonLexer.ELSE || type == PythonLexer.COLON) {
            return null;
        }
        int lineStart = tokens.logicalLineStart(at);
        int depth = 0;
        int ifAt = -1;
        for (int i = at - 1; i >= lineStart && ifAt < 0; i--) {
            int t = tokens.type(i);
            if (TokenWindow.isClosing(t)) {
                depth++;
            } else if (TokenWindow.isOpening(t)) {
                if (depth == 0) {
                    break;
                }
                depth--;
            } else if (depth == 0 && t == PythonLexer.IF) {
                ifAt = i;
            }
        }
        if (ifAt < 0 || !tokens.parsesAs(ifAt + 1, at, PythonParser::disjunction)) {
            return null;
        }
        int open = tokens.enclosingBracket(ifAt);
        int start = tokens.firstStartOf(open >= 0 ? open + 1 : lineStart, ifAt, PythonParser::disjunction);
        if (start < 0) {
            return null;
        }
        return range(tokens.get(start), tokens.get(at - 1), "expected 'else' after 'if' expression");
    }

    /** "a if b" starting at {@code start}, not followed by else: CPython's check at an expression's start. */
    private PythonSyntaxError ifWithoutElse(int start) {
        int ifAt = tokens.parsePrefix(start, PythonParser::disjunction);
        if (ifAt < 0 || tokens.type(ifAt) != PythonLexer.IF) {
            return null;
        }
        int end = tokens.parsePrefix(ifAt + 1, PythonParser::disjunction);
        if (end == TokenWindow.HIT_TOKENIZER_ERROR || end >= 0 && tokens.type(end) == PythonLexer.ERRORTOKEN) {
            return tokenizerError();
        }
        if (end < 0 || tokens.type(end) == PythonLexer.ELSE || tokens.type(end) == PythonLexer.COLON) {
            return null;
        }
        return range(tokens.get(start), tokens.get(end - 1), "expected 'else' after 'if' expression");
    }

    /** Mistakes in a dict display: "':' expected after dictionary key" and its kin. */
    private PythonSyntaxError dictEntry(int at) {
        int open = tokens.enclosingBracket(at);
        if (open < 0 || tokens.type(open) != PythonLexer.LBRACE) {
            return null;
        }
        List<Integer> commas = tokens.commasBetween(open + 1, at);
        int entryStart = commas.isEmpty() ? open + 1 : commas.get(commas.size() - 1) + 1;
        int colon = at - 1;
        if (tokens.type(colon) == PythonLexer.COLON && tokens.parsesAs(entryStart, colon, PythonParser::expression)) {
            int type = tokens.type(at);
            if (type == PythonLexer.RBRACE || type == PythonLexer.COMMA) {
                return at(tokens.get(colon), "expression expected after dictionary key and ':'");
            }
            if (type == PythonLexer.STAR && tokens.parsePrefix(at + 1, PythonParser::bitwise_or) >= 0) {
                return at(tokens.get(at), "cannot use a starred expression in a dictionary value");
            }
            return null;
        }
        // A key without ':' after earlier entries that make this a dict.
        if (commas.isEmpty() || !tokens.parsesAs(open + 1, commas.get(0), PythonParser::dict_entry)
                || tokens.type(at) == PythonLexer.COLON) {
            return null;
        }
        Expr key = tokens.buildExpression(entryStart, at, PythonParser::expression);
        if (key == null) {
            return null;
        }
        return map.error(source, PythonSyntaxError.Kind.SYNTAX_ERROR, "':' expected after dictionary key",
                key.pos().line(), key.pos().endCol(), key.pos().endLine(), 0);
    }

    /** Inside brackets other than a call's, or in the condition of if, elif or while: where Python reads a named expression. */
    private boolean inNamedExpressionPosition(int at) {
        int open = tokens.enclosingBracket(at);
        if (open >= 0) {
            return !isCall(open);
        }
        int first = tokens.type(tokens.logicalLineStart(at));
        return first == PythonLexer.IF || first == PythonLexer.ELIF || first == PythonLexer.WHILE;
    }

    /** "if x = 1:": "Maybe you meant '==' or ':=' instead of '='?". */
    private PythonSyntaxError assignmentInExpression(int at) {
        int open = tokens.enclosingBracket(at);
        int from = open >= 0 ? open + 1 : tokens.logicalLineStart(at) + 1;
        int start = tokens.firstStartOf(from, at, PythonParser::bitwise_or);
        if (start < 0 || tokens.type(start - 1) == PythonLexer.STAR || tokens.type(start - 1) == PythonLexer.DOUBLESTAR) {
            return null;
        }
        return assignmentInExpression(start, at);
    }

    /**
     * "a, b c = d": CPython reads "c = d" as a named expression written with '=' (its rule for
     * the elements after a comma), so the same message applies at the token that failed.
     */
    private PythonSyntaxError assignmentAfterTuple(int at) {
        int lineStart = tokens.logicalLineStart(at);
        if (tokens.enclosingBracket(at) >= 0) {
            return null;
        }
        boolean comma = false;
        for (int i = lineStart; i < at; i++) {
            int type = tokens.type(i);
            if (type == PythonLexer.EQUAL || type == PythonLexer.COLON) {
                return null;
            }
            comma |= type == PythonLexer.COMMA;
        }
        if (!comma || !EXPRESSION_START.contains(tokens.type(lineStart))) {
            return null;
        }
        int equal = tokens.parsePrefix(at, PythonParser::bitwise_or);
        return equal < 0 || tokens.type(equal) != PythonLexer.EQUAL ? null : assignmentInExpression(at, equal);
    }

    /** tokens[start, equal) an operand, then '=', then an operand not followed by '=' or ':='. */
    private PythonSyntaxError assignmentInExpression(int start, int equal) {
        Token first = tokens.get(start);
        boolean name = start + 1 == equal && first.getType() == PythonLexer.NAME;
        Expr target = null;
        if (!name) {
            // CPython does not try this form on lists, tuples, generators or True/False/None,
            // and so does not read on past the '='.
            int type = first.getType();
            if (type == PythonLexer.LSQB || type == PythonLexer.TRUE || type == PythonLexer.FALSE
                    || type == PythonLexer.NONE) {
                return null;
            }
            target = tokens.buildExpression(start, equal, PythonParser::bitwise_or);
            if (target == null || target instanceof Expr.TupleDisplay || target instanceof Expr.GeneratorExp) {
                return null;
            }
        }
        int valueEnd = tokens.parsePrefix(equal + 1, PythonParser::bitwise_or);
        if (valueEnd == TokenWindow.HIT_TOKENIZER_ERROR
                || valueEnd >= 0 && tokens.type(valueEnd) == PythonLexer.ERRORTOKEN) {
            return tokenizerError();  // CPython's parser read on into the tokenizer's error
        }
        if (valueEnd < 0 || tokens.type(valueEnd) == PythonLexer.EQUAL || tokens.type(valueEnd) == PythonLexer.COLONEQUAL) {
            return null;
        }
        if (name) {
            return range(first, tokens.get(valueEnd - 1), "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
        }
        return nodeError(target, "cannot assign to " + Targets.describe(target)
                + " here. Maybe you meant '==' instead of '='?");
    }

    /** "(a.b := 1)": "cannot use assignment expressions with attribute". */
    private PythonSyntaxError walrusTarget(int at) {
        int open = tokens.enclosingBracket(at);
        int from = open >= 0 ? open + 1 : tokens.logicalLineStart(at) + 1;
        int start = tokens.firstStartOf(from, at, PythonParser::expression);
        if (start < 0 || (start + 1 == at && tokens.type(start) == PythonLexer.NAME)
                || tokens.parsePrefix(at + 1, PythonParser::expression) < 0) {
            return null;
        }
        Expr target = tokens.buildExpression(start, at, PythonParser::expression);
        return target == null ? null
                : nodeError(target, "cannot use assignment expressions with " + Targets.describe(target));
    }

    /**
     * An '=' with no expression after it: a parameter default ("expected default value
     * expression"), a keyword argument whose name is an expression, or an assignment whose
     * earlier targets CPython's parser checks anyway.
     */
    private PythonSyntaxError nothingAfterEqual(ParserRuleContext ctx, int at) {
        Token equal = tokens.get(at - 1);
        int open = tokens.enclosingBracket(at - 1);
        if (isParameterList(open)) {
            int star = tokens.type(at - 3);
            if (tokens.type(at - 2) == PythonLexer.NAME && star == PythonLexer.STAR) {
                return at(equal, "var-positional argument cannot have default value");
            }
            if (tokens.type(at - 2) == PythonLexer.NAME && star == PythonLexer.DOUBLESTAR) {
                return at(equal, "var-keyword argument cannot have default value");
            }
            int type = tokens.type(at);
            return type == PythonLexer.COMMA || type == PythonLexer.RPAR
                    ? at(equal, "expected default value expression") : null;
        }
        if (open >= 0 && isCall(open)) {
            return keywordWithoutValue(open, at - 1);
        }
        Expr_stmtContext statement = enclosing(ctx, Expr_stmtContext.class);
        if (open >= 0 || statement == null) {
            return null;
        }
        AstBuilder builder = new AstBuilder(source, tokens.all(), map, fieldParser);
        for (Annotated_rhsContext part : statement.annotated_rhs()) {
            if (part.exception != null || part.stop == null || part.stop.getTokenIndex() >= at) {
                break;
            }
            Expr target;
            try {
                target = builder.annotatedRhs(part);
            } catch (PythonSyntaxError e) {
                return null;
            }
            if (target instanceof Expr.Yield || target instanceof Expr.YieldFrom) {
                return nodeError(target, "assignment to yield expression not possible");
            }
            Expr invalid = Targets.invalidPart(target, Targets.Use.ASSIGN);
            if (invalid != null) {
                return nodeError(invalid, "cannot assign to " + Targets.describe(invalid));
            }
        }
        return null;
    }

    /** "f(0=)": an expression before '=' in a call is reported even without a value. */
    private PythonSyntaxError keywordWithoutValue(int open, int equal) {
        int start = tokens.firstStartOf(open + 1, equal, PythonParser::expression);
        if (start < 0 || tokens.type(start - 1) != PythonLexer.COMMA && start - 1 != open) {
            return null;
        }
        Token first = tokens.get(start);
        if (start + 1 == equal) {
            switch (first.getType()) {
                case PythonLexer.NAME -> {
                    return null;
                }
                case PythonLexer.TRUE, PythonLexer.FALSE, PythonLexer.NONE -> {
                    return at(first, "cannot assign to " + first.getText());
                }
                default -> { }
            }
        }
        return range(first, tokens.get(equal), "expression cannot contain assignment, perhaps you meant \"==\"?");
    }

    /** "def f((a)):": "Function parameters cannot be parenthesized", and the lambda form. */
    private PythonSyntaxError parenthesizedParameters(int at) {
        if (tokens.type(at) != PythonLexer.LPAR) {
            return null;
        }
        int close = at + 1;
        while (tokens.type(close) == PythonLexer.NAME && tokens.type(close + 1) == PythonLexer.COMMA) {
            close += 2;
        }
        if (tokens.type(close) == PythonLexer.NAME) {
            close++;
        }
        if (close == at + 1 || tokens.type(close) != PythonLexer.RPAR) {
            return null;
        }
        int open = tokens.enclosingBracket(at);
        if (isParameterList(open)) {
            return range(tokens.get(at), tokens.get(close), "Function parameters cannot be parenthesized");
        }
        int before = at - 1;
        while (before > 0 && (tokens.type(before) == PythonLexer.COMMA || tokens.type(before) == PythonLexer.NAME)) {
            before--;
        }
        if (tokens.type(before) == PythonLexer.LAMBDA && open == tokens.enclosingBracket(before)) {
            return range(tokens.get(at), tokens.get(close), "Lambda expression parameters cannot be parenthesized");
        }
        return null;
    }

    /** Whether the bracket at {@code open} starts the parameters of a def. */
    private boolean isParameterList(int open) {
        return open >= 2 && tokens.type(open) == PythonLexer.LPAR && tokens.type(open - 1) == PythonLexer.NAME
                && tokens.type(open - 2) == PythonLexer.DEF;
    }

    /** Whether the bracket at {@code open} holds the arguments of a call (or of a class header). */
    private boolean isCall(int open) {
        if (open < 1 || tokens.type(open) != PythonLexer.LPAR) {
            return false;
        }
        int before = tokens.type(open - 1);
        return before == PythonLexer.NAME || before == PythonLexer.RPAR || before == PythonLexer.RSQB
                || before == PythonLexer.STRING;
    }

    /**
     * CPython's parser only reads on past ':' after a plain name, attribute or subscript; for
     * anything else its error is at the ':', unless an annotation follows, which makes it
     * "illegal target for annotation" (or a tuple or list target).
     */
    private PythonSyntaxError badAnnotationTarget(ParserRuleContext ctx) {
        Expr_stmtContext statement = expressionStatement(ctx);
        if (statement == null || statement.COLON() == null) {
            return null;
        }
        int colon = statement.COLON().getSymbol().getTokenIndex();
        Expr target = tokens.buildExpression(statement.start.getTokenIndex(), colon, PythonParser::star_expressions);
        if (target == null || target instanceof Expr.Name || target instanceof Expr.Attribute
                || target instanceof Expr.Subscript) {
            return null;
        }
        if (tokens.parsePrefix(colon + 1, PythonParser::expression) < 0) {
            return at(tokens.get(colon), "invalid syntax");
        }
        return switch (target) {
            case Expr.TupleDisplay t when statement.start.getType() != PythonLexer.LPAR ->
                    nodeError(t.elts().get(0), "only single target (not tuple) can be annotated");
            case Expr.TupleDisplay t -> nodeError(t, "only single target (not tuple) can be annotated");
            case Expr.ListDisplay l -> nodeError(l, "only single target (not list) can be annotated");
            default -> nodeError(target, "illegal target for annotation");
        };
    }

    /**
     * The expression statement the parse failed in, or the one it had just finished when what
     * follows it on the line was wrong.
     */
    private static Expr_stmtContext expressionStatement(ParserRuleContext ctx) {
        Expr_stmtContext statement = enclosing(ctx, Expr_stmtContext.class);
        if (statement == null && ctx instanceof Simple_stmtsContext line && !line.simple_stmt().isEmpty()
                && line.simple_stmt(line.simple_stmt().size() - 1) instanceof ExpressionStatementContext last) {
            return last.expr_stmt();
        }
        return statement;
    }

    private static <T extends ParserRuleContext> T enclosing(ParserRuleContext ctx, Class<T> kind) {
        for (ParserRuleContext c = ctx; c != null; c = c.getParent()) {
            if (kind.isInstance(c)) {
                return kind.cast(c);
            }
        }
        return null;
    }

    private static boolean within(ParserRuleContext ctx, Class<? extends ParserRuleContext> kind) {
        return enclosing(ctx, kind) != null;
    }

    // ---- locations ------------------------------------------------------------------------

    private PythonSyntaxError generic(Token token) {
        if (token.getType() == Token.EOF) {
            int line = lastLine();
            return error(PythonSyntaxError.Kind.SYNTAX_ERROR, "invalid syntax", line, 0, line, 0);
        }
        return at(token, "invalid syntax");
    }

    private PythonSyntaxError at(Token token, String message) {
        return at(token, PythonSyntaxError.Kind.SYNTAX_ERROR, message);
    }

    /** An error at a token; INDENT and DEDENT have no extent, and CPython gives their column as is. */
    private PythonSyntaxError at(Token token, PythonSyntaxError.Kind kind, String message) {
        PythonToken t = (PythonToken) token;
        if (t.getType() == PythonLexer.INDENT || t.getType() == PythonLexer.DEDENT) {
            return error(kind, message, t.getLine(), t.getCharPositionInLine(), t.getLine(), -1);
        }
        return error(kind, message, t.getLine(), t.getCharPositionInLine() + 1, t.getEndLine(), t.getEndColumn() + 1);
    }

    private PythonSyntaxError range(Token first, Token last, String message) {
        PythonToken end = (PythonToken) last;
        return error(PythonSyntaxError.Kind.SYNTAX_ERROR, message, first.getLine(),
                first.getCharPositionInLine() + 1, end.getEndLine(), end.getEndColumn() + 1);
    }

    /** An error CPython places after the last line, when the input ended too early. */
    private PythonSyntaxError atEndOfInput(PythonSyntaxError.Kind kind, String message) {
        int line = lastLine();
        String text = source.line(map.line(line));
        int length = text == null ? 0 : text.codePointCount(0, text.length());
        return error(kind, message, line, length + 1, line, -1);
    }

    /** Whether only the DEDENTs that close the input are left from {@code token} on. */
    private boolean isAtEnd(Token token) {
        for (int i = token.getTokenIndex(); i < tokens.size(); i++) {
            int type = tokens.type(i);
            if (type == Token.EOF) {
                return true;
            }
            if (type != PythonLexer.DEDENT) {
                return false;
            }
        }
        return true;
    }

    /** The last line of the input, blank or not: where CPython's tokenizer stands at its end. */
    private int lastLine() {
        Token eof = tokens.get(tokens.size() - 1);
        return eof.getCharPositionInLine() == 0 && eof.getLine() > 1 ? eof.getLine() - 1 : eof.getLine();
    }

    /** Line and offsets are in the parsed text; {@link PositionMap} moves them into the file. */
    private PythonSyntaxError error(PythonSyntaxError.Kind kind, String message, int line, int offset, int endLine,
                                    int endOffset) {
        return map.error(source, kind, message, map.line(line), map.col(line, offset), map.line(endLine),
                endOffset < 0 ? endOffset : map.col(endLine, endOffset));
    }

    /** Node positions are already in the file. */
    private PythonSyntaxError nodeError(Expr node, String message) {
        return map.error(source, PythonSyntaxError.Kind.SYNTAX_ERROR, message, node.pos().line(),
                node.pos().col() + 1, node.pos().endLine(), node.pos().endCol() + 1);
    }
}
