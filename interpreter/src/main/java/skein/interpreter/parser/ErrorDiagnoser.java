package skein.interpreter.parser;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.ListTokenSource;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.IntervalSet;
import org.antlr.v4.runtime.misc.ParseCancellationException;

import skein.grammar.PythonLexer;
import skein.grammar.PythonParser;
import skein.grammar.PythonParser.*;
import skein.grammar.PythonToken;
import skein.grammar.TokenizerError;
import skein.interpreter.ast.Expr;

/**
 * Turns a parse failure into the SyntaxError CPython would raise. CPython's parser, after a
 * failure, parses again looking for common mistakes ("expected ':'", "Perhaps you forgot a
 * comma?"...) and then lets an error of its tokenizer anywhere in the file take precedence;
 * this class looks for the same mistakes around the token where the parse failed, and applies
 * the same precedence.
 */
final class ErrorDiagnoser {

    /** Tokens that can begin an expression (for "Missing parentheses in call to 'print'"). */
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
    private final List<Token> tokens;
    private final TokenizerError tokenizerError;
    private final AstBuilder.FieldParser fieldParser;
    /** The furthest token the diagnosis looked at, as CPython's parser would have read it. */
    private int furthestRead;

    ErrorDiagnoser(SourceText source, PositionMap map, List<Token> tokens, TokenizerError tokenizerError,
                   AstBuilder.FieldParser fieldParser) {
        this.source = source;
        this.map = map;
        this.tokens = tokens;
        this.tokenizerError = tokenizerError;
        this.fieldParser = fieldParser;
    }

    PythonSyntaxError diagnose(RecognitionException failure) {
        Token token = failure.getOffendingToken();
        if (token.getType() == PythonLexer.ERRORTOKEN) {
            return tokenizerError();
        }
        PythonSyntaxError error = errorInEarlierStatements((ParserRuleContext) failure.getCtx());
        if (error == null) {
            if (token.getType() == PythonLexer.INDENT) {
                // CPython reports this one without looking for tokenizer errors further on.
                return error(PythonSyntaxError.Kind.INDENTATION_ERROR, "unexpected indent", token.getLine(),
                        token.getCharPositionInLine(), token.getLine(), -1);
            }
            error = specificError(failure, token);
        }
        if (error == null) {
            error = generic(token);
        }
        if (tokenizerError != null && switch (tokenizerError.precedence()) {
            case OVER_PARSER_ERRORS -> true;
            case UNDER_PARSER_ERRORS -> false;
            // Judged, as CPython does, by the line of the furthest token the parser read.
            case UNCLOSED_BRACKET -> tokens.get(Math.max(furthestRead, token.getTokenIndex())).getLine()
                    > tokenizerError.line();
        }) {
            return tokenizerError();
        }
        return error;
    }

    private PythonSyntaxError tokenizerError() {
        PythonSyntaxError.Kind kind = switch (tokenizerError.kind()) {
            case SYNTAX_ERROR -> PythonSyntaxError.Kind.SYNTAX_ERROR;
            case INDENTATION_ERROR -> PythonSyntaxError.Kind.INDENTATION_ERROR;
            case TAB_ERROR -> PythonSyntaxError.Kind.TAB_ERROR;
        };
        // Inside an f-string field CPython reports the tokenizer's own columns, without "f-string: ".
        return source.error(kind, tokenizerError.message(), map.line(tokenizerError.line()), tokenizerError.offset(),
                map.line(tokenizerError.endLine()), tokenizerError.endOffset());
    }

    /**
     * CPython's second pass raises errors such as "cannot assign to literal" in the order it
     * meets them, so such an error in a statement before the one that failed comes first.
     */
    private PythonSyntaxError errorInEarlierStatements(ParserRuleContext failed) {
        ParserRuleContext root = failed;
        while (root != null && !(root instanceof File_inputContext)) {
            root = root.getParent();
        }
        if (root == null) {
            return null;
        }
        List<StatementContext> complete = new ArrayList<>();
        for (StatementContext statement : ((File_inputContext) root).statement()) {
            if (statement.exception == null && statement.stop != null) {
                complete.add(statement);
            }
        }
        try {
            new AstBuilder(source, tokens, map, fieldParser).statements(complete);
            return null;
        } catch (PythonSyntaxError e) {
            return e;
        }
    }

    // ---- specific mistakes ----------------------------------------------------------------

    private PythonSyntaxError specificError(RecognitionException failure, Token token) {
        ParserRuleContext ctx = (ParserRuleContext) failure.getCtx();
        IntervalSet expected = failure.getExpectedTokens();
        int at = token.getTokenIndex();
        Token previous = at > 0 ? tokens.get(at - 1) : null;

        if (ctx instanceof BlockContext block && block.INDENT() == null && previous != null
                && previous.getType() == PythonLexer.NEWLINE) {
            return blockExpected(block, token);
        }
        PythonSyntaxError annotation = badAnnotationTarget(ctx);
        if (annotation != null) {
            return annotation;
        }
        if (expected != null && expected.contains(PythonLexer.COLON) && expectsColon(ctx, token)) {
            return at(token, "expected ':'");
        }
        if (ctx instanceof Function_defContext && expected != null && expected.contains(PythonLexer.LPAR)) {
            return at(token, "expected '('");
        }
        if (previous != null && previous.getType() == PythonLexer.RARROW && within(ctx, Function_defContext.class)) {
            return at(previous, "expected ':'");  // CPython skips the broken '-> annotation'
        }
        if (previous != null && previous.getType() == PythonLexer.EQUAL) {
            PythonSyntaxError afterEqual = nothingAfterEqual(ctx, at);
            if (afterEqual != null) {
                return afterEqual;
            }
        }
        if (ctx instanceof Try_stmtContext && expected != null && expected.contains(PythonLexer.EXCEPT)) {
            return isAtEnd(token)
                    ? atEndOfInput(PythonSyntaxError.Kind.SYNTAX_ERROR, "expected 'except' or 'finally' block")
                    : at(token, "expected 'except' or 'finally' block");
        }
        PythonSyntaxError error = legacyPrint(at);
        if (error == null) {
            error = parenthesizedParameters(at);
        }
        if (error == null) {
            error = missingComma(at);
        }
        if (error == null) {
            error = assignmentAfterTuple(at);
        }
        if (error == null) {
            error = missingElse(at);
        }
        if (error == null && token.getType() == PythonLexer.EQUAL && inNamedExpressionPosition(at)) {
            error = assignmentInExpression(at);
        }
        if (error == null && token.getType() == PythonLexer.COLONEQUAL && inNamedExpressionPosition(at)) {
            error = walrusTarget(at);
        }
        return error;
    }

    /** "expected an indented block after 'if' statement on line 1". */
    private PythonSyntaxError blockExpected(BlockContext block, Token token) {
        ParserRuleContext owner = block.getParent();
        Token keyword = owner.start;
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
        String message = "expected an indented block after " + what + " on line " + map.line(keyword.getLine());
        PythonSyntaxError.Kind kind = PythonSyntaxError.Kind.INDENTATION_ERROR;
        if (isAtEnd(token)) {
            return atEndOfInput(kind, message);
        }
        return switch (token.getType()) {
            case PythonLexer.DEDENT -> error(kind, message, token.getLine(), token.getCharPositionInLine(),
                    token.getLine(), -1);
            default -> error(kind, message, token.getLine(), token.getCharPositionInLine() + 1,
                    ((PythonToken) token).getEndLine(), ((PythonToken) token).getEndColumn() + 1);
        };
    }

    /**
     * CPython says "expected ':'" when a compound statement's header ends at the newline, and
     * wherever the colon is missing after 'else', 'try', 'finally' and a def's header.
     */
    private static boolean expectsColon(ParserRuleContext ctx, Token token) {
        return switch (ctx) {
            case Else_blockContext c -> true;
            case Finally_blockContext c -> true;
            case Try_stmtContext c -> c.block() == null;
            case If_stmtContext c -> token.getType() == PythonLexer.NEWLINE;
            case Elif_clauseContext c -> token.getType() == PythonLexer.NEWLINE;
            case While_stmtContext c -> token.getType() == PythonLexer.NEWLINE;
            case For_stmtContext c -> token.getType() == PythonLexer.NEWLINE;
            case With_stmtContext c -> token.getType() == PythonLexer.NEWLINE;
            case Except_clauseContext c -> token.getType() == PythonLexer.NEWLINE;
            case Function_defContext c -> true;
            case Class_defContext c -> token.getType() == PythonLexer.NEWLINE;
            default -> false;
        };
    }

    /** "print x": Python 2's print statement. */
    private PythonSyntaxError legacyPrint(int at) {
        if (at < 1 || !EXPRESSION_START.contains(tokens.get(at).getType())) {
            return null;
        }
        Token name = tokens.get(at - 1);
        if (name.getType() != PythonLexer.NAME || !(name.getText().equals("print") || name.getText().equals("exec"))
                || (at >= 2 && tokens.get(at - 2).getType() == PythonLexer.DOT)) {
            return null;
        }
        int end = parsePrefix(at, PythonParser::star_expressions);
        if (end < 0) {
            return null;
        }
        if (tokens.get(end).getType() == PythonLexer.ERRORTOKEN) {
            return tokenizerError();
        }
        return range(name, tokens.get(end - 1), "Missing parentheses in call to '" + name.getText()
                + "'. Did you mean " + name.getText() + "(...)?");
    }

    /** Two expressions side by side inside brackets: "invalid syntax. Perhaps you forgot a comma?". */
    private PythonSyntaxError missingComma(int at) {
        int open = enclosingBracket(at);
        if (open < 0 || (open > 0 && tokens.get(open - 1).getType() == PythonLexer.IMPORT)) {
            return null;
        }
        int start = firstStartOf(open + 1, at, PythonParser::disjunction);
        if (start < 0) {
            return null;
        }
        int before = tokens.get(start - 1).getType();
        if (isParameterList(open) && before != PythonLexer.EQUAL && before != PythonLexer.COLON) {
            return null;  // only a parameter's default or annotation is an expression
        }
        Token first = tokens.get(start);
        boolean nameThenString = first.getType() == PythonLexer.NAME && start + 1 < tokens.size()
                && tokens.get(start + 1).getType() == PythonLexer.STRING;
        boolean legacy = start + 1 == at && first.getType() == PythonLexer.NAME
                && (first.getText().equals("print") || first.getText().equals("exec"));
        if (nameThenString || legacy || isSoftKeyword(first)) {
            return null;
        }
        int end = parsePrefix(at, PythonParser::expression);
        if (end < 0) {
            return null;
        }
        if (tokens.get(end).getType() == PythonLexer.ERRORTOKEN) {
            return tokenizerError();  // CPython's parser read on into the tokenizer's error
        }
        return range(first, tokens.get(end - 1), "invalid syntax. Perhaps you forgot a comma?");
    }

    private static boolean isSoftKeyword(Token token) {
        return token.getType() == PythonLexer.NAME && switch (token.getText()) {
            case "match", "case", "_" -> true;
            default -> false;
        };
    }

    /** "a if b" with no else: "expected 'else' after 'if' expression". */
    private PythonSyntaxError missingElse(int at) {
        int type = tokens.get(at).getType();
        if (type == PythonLexer.ELSE || type == PythonLexer.COLON) {
            return null;
        }
        int lineStart = logicalLineStart(at);
        int depth = 0;
        int ifAt = -1;
        for (int i = at - 1; i >= lineStart; i--) {
            int t = tokens.get(i).getType();
            if (isClosing(t)) {
                depth++;
            } else if (isOpening(t)) {
                if (depth == 0) {
                    break;
                }
                depth--;
            } else if (depth == 0 && t == PythonLexer.IF) {
                ifAt = i;
                break;
            }
        }
        if (ifAt < 0 || !parsesAs(ifAt + 1, at, PythonParser::disjunction)) {
            return null;
        }
        int open = enclosingBracket(ifAt);
        int start = firstStartOf(open >= 0 ? open + 1 : lineStart, ifAt, PythonParser::disjunction);
        if (start < 0) {
            return null;
        }
        return range(tokens.get(start), tokens.get(at - 1), "expected 'else' after 'if' expression");
    }

    /** Inside brackets, or in the condition of if, elif or while: where Python reads a named expression. */
    private boolean inNamedExpressionPosition(int at) {
        if (enclosingBracket(at) >= 0) {
            return true;
        }
        int first = tokens.get(logicalLineStart(at)).getType();
        return first == PythonLexer.IF || first == PythonLexer.ELIF || first == PythonLexer.WHILE;
    }

    /** "if x = 1:": "Maybe you meant '==' or ':=' instead of '='?". */
    private PythonSyntaxError assignmentInExpression(int at) {
        int open = enclosingBracket(at);
        int from = open >= 0 ? open + 1 : logicalLineStart(at) + 1;
        int start = firstStartOf(from, at, PythonParser::bitwise_or);
        return start < 0 ? null : assignmentInExpression(start, at);
    }

    /**
     * "a, b c = d": CPython reads "c = d" as a named expression written with '=' (its rule for
     * the elements after a comma), so the same message applies at the token that failed.
     */
    private PythonSyntaxError assignmentAfterTuple(int at) {
        int lineStart = logicalLineStart(at);
        if (enclosingBracket(at) >= 0) {
            return null;
        }
        boolean comma = false;
        for (int i = lineStart; i < at; i++) {
            int type = tokens.get(i).getType();
            if (type == PythonLexer.EQUAL || type == PythonLexer.COLON) {
                return null;
            }
            comma |= type == PythonLexer.COMMA;
        }
        if (!comma || !EXPRESSION_START.contains(tokens.get(lineStart).getType())) {
            return null;
        }
        int equal = parsePrefix(at, PythonParser::bitwise_or);
        return equal < 0 || tokens.get(equal).getType() != PythonLexer.EQUAL ? null : assignmentInExpression(at, equal);
    }

    /** tokens[start, equal) an operand, then '=', then an operand not followed by '=' or ':='. */
    private PythonSyntaxError assignmentInExpression(int start, int equal) {
        Token first = tokens.get(start);
        boolean name = start + 1 == equal && first.getType() == PythonLexer.NAME;
        Expr target = null;
        if (!name) {
            // CPython does not try this form on lists, tuples, generators or True/False/None,
            // and so does not read on past the '='.
            if (first.getType() == PythonLexer.LSQB || first.getType() == PythonLexer.TRUE
                    || first.getType() == PythonLexer.FALSE || first.getType() == PythonLexer.NONE) {
                return null;
            }
            target = buildExpression(start, equal, PythonParser::bitwise_or);
            if (target == null || target instanceof Expr.TupleDisplay || target instanceof Expr.GeneratorExp) {
                return null;
            }
        }
        int valueEnd = parsePrefix(equal + 1, PythonParser::bitwise_or);
        if (valueEnd < 0) {
            return null;
        }
        int after = tokens.get(valueEnd).getType();
        if (after == PythonLexer.ERRORTOKEN) {
            return tokenizerError();  // CPython's parser read on into the tokenizer's error
        }
        if (after == PythonLexer.EQUAL || after == PythonLexer.COLONEQUAL) {
            return null;
        }
        if (name) {
            return range(first, tokens.get(valueEnd - 1), "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
        }
        return nodeError(target, "cannot assign to " + Targets.describe(target)
                + " here. Maybe you meant '==' instead of '='?");
    }

    /**
     * An '=' with no expression after it: a parameter default ("expected default value
     * expression"), a keyword argument whose name is an expression, or an assignment whose
     * earlier targets CPython's parser checks anyway.
     */
    private PythonSyntaxError nothingAfterEqual(ParserRuleContext ctx, int at) {
        Token equal = tokens.get(at - 1);
        int open = enclosingBracket(at - 1);
        int type = tokens.get(at).getType();
        if (open >= 0 && isParameterList(open)) {
            int star = tokens.get(at - 3).getType();
            if (tokens.get(at - 2).getType() == PythonLexer.NAME && star == PythonLexer.STAR) {
                return at(equal, "var-positional argument cannot have default value");
            }
            if (tokens.get(at - 2).getType() == PythonLexer.NAME && star == PythonLexer.DOUBLESTAR) {
                return at(equal, "var-keyword argument cannot have default value");
            }
            return type == PythonLexer.COMMA || type == PythonLexer.RPAR
                    ? at(equal, "expected default value expression") : null;
        }
        if (open >= 0 && isCall(open)) {
            int start = firstStartOf(open + 1, at - 1, PythonParser::expression);
            if (start < 0 || tokens.get(start - 1).getType() != PythonLexer.COMMA && start - 1 != open) {
                return null;
            }
            Token first = tokens.get(start);
            if (start + 1 == at - 1) {
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
            return range(first, equal, "expression cannot contain assignment, perhaps you meant \"==\"?");
        }
        ParserRuleContext statement = ctx;
        while (statement != null && !(statement instanceof Expr_stmtContext)) {
            statement = statement.getParent();
        }
        if (open >= 0 || statement == null) {
            return null;
        }
        AstBuilder builder = new AstBuilder(source, tokens, map, fieldParser);
        for (Annotated_rhsContext part : ((Expr_stmtContext) statement).annotated_rhs()) {
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

    /**
     * The expression statement the parse failed in, or the one it had just finished when what
     * follows it on the line was wrong.
     */
    private static Expr_stmtContext expressionStatement(ParserRuleContext ctx) {
        for (ParserRuleContext c = ctx; c != null; c = c.getParent()) {
            if (c instanceof Expr_stmtContext statement) {
                return statement;
            }
        }
        if (ctx instanceof Simple_stmtsContext line && !line.simple_stmt().isEmpty()
                && line.simple_stmt(line.simple_stmt().size() - 1) instanceof ExpressionStatementContext last) {
            return last.expr_stmt();
        }
        return null;
    }

    private static boolean within(ParserRuleContext ctx, Class<? extends ParserRuleContext> kind) {
        for (ParserRuleContext c = ctx; c != null; c = c.getParent()) {
            if (kind.isInstance(c)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the bracket at {@code open} holds the arguments of a call (or of a class header). */
    private boolean isCall(int open) {
        if (open == 0 || tokens.get(open).getType() != PythonLexer.LPAR) {
            return false;
        }
        int before = tokens.get(open - 1).getType();
        return before == PythonLexer.NAME || before == PythonLexer.RPAR || before == PythonLexer.RSQB
                || before == PythonLexer.STRING;
    }

    /** "def f((a)):": "Function parameters cannot be parenthesized", and the lambda form. */
    private PythonSyntaxError parenthesizedParameters(int at) {
        if (tokens.get(at).getType() != PythonLexer.LPAR) {
            return null;
        }
        int close = at + 1;
        while (tokens.get(close).getType() == PythonLexer.NAME && tokens.get(close + 1).getType() == PythonLexer.COMMA) {
            close += 2;
        }
        if (tokens.get(close).getType() == PythonLexer.NAME) {
            close++;
        }
        if (close == at + 1 || tokens.get(close).getType() != PythonLexer.RPAR) {
            return null;
        }
        int open = enclosingBracket(at);
        if (open >= 0 && isParameterList(open)) {
            return range(tokens.get(at), tokens.get(close), "Function parameters cannot be parenthesized");
        }
        int before = at - 1;
        while (before > 0 && (tokens.get(before).getType() == PythonLexer.COMMA
                || tokens.get(before).getType() == PythonLexer.NAME)) {
            before--;
        }
        if (before >= 0 && tokens.get(before).getType() == PythonLexer.LAMBDA && open == enclosingBracket(before)) {
            return range(tokens.get(at), tokens.get(close), "Lambda expression parameters cannot be parenthesized");
        }
        return null;
    }

    /** Whether the bracket at {@code open} starts the parameters of a def. */
    private boolean isParameterList(int open) {
        return open >= 2 && tokens.get(open).getType() == PythonLexer.LPAR
                && tokens.get(open - 1).getType() == PythonLexer.NAME && tokens.get(open - 2).getType() == PythonLexer.DEF;
    }

    /**
     * CPython's parser only reads on past ':' after a plain name, attribute or subscript; for
     * anything else ("True: int") its error is at the ':'.
     */
    private PythonSyntaxError badAnnotationTarget(ParserRuleContext ctx) {
        Expr_stmtContext expr = expressionStatement(ctx);
        if (expr == null || expr.COLON() == null) {
            return null;
        }
        Expr target = buildExpression(expr.start.getTokenIndex(), expr.COLON().getSymbol().getTokenIndex(),
                PythonParser::star_expressions);
        if (target == null || target instanceof Expr.Name || target instanceof Expr.Attribute
                || target instanceof Expr.Subscript) {
            return null;
        }
        if (parsePrefix(expr.COLON().getSymbol().getTokenIndex() + 1, PythonParser::expression) < 0) {
            return at(expr.COLON().getSymbol(), "invalid syntax");
        }
        return switch (target) {
            case Expr.TupleDisplay t when expr.start.getType() != PythonLexer.LPAR ->
                    nodeError(t.elts().get(0), "only single target (not tuple) can be annotated");
            case Expr.TupleDisplay t -> nodeError(t, "only single target (not tuple) can be annotated");
            case Expr.ListDisplay l -> nodeError(l, "only single target (not list) can be annotated");
            default -> nodeError(target, "illegal target for annotation");
        };
    }

    /** "(a.b := 1)": "cannot use assignment expressions with attribute". */
    private PythonSyntaxError walrusTarget(int at) {
        int open = enclosingBracket(at);
        int from = open >= 0 ? open + 1 : logicalLineStart(at) + 1;
        int start = firstStartOf(from, at, PythonParser::expression);
        if (start < 0 || (start + 1 == at && tokens.get(start).getType() == PythonLexer.NAME)
                || parsePrefix(at + 1, PythonParser::expression) < 0) {
            return null;
        }
        Expr target = buildExpression(start, at, PythonParser::expression);
        return target == null ? null
                : nodeError(target, "cannot use assignment expressions with " + Targets.describe(target));
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
        PythonToken t = (PythonToken) token;
        return error(PythonSyntaxError.Kind.SYNTAX_ERROR, message, t.getLine(), t.getCharPositionInLine() + 1,
                t.getEndLine(), t.getEndColumn() + 1);
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
            int type = tokens.get(i).getType();
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

    // ---- token structure ------------------------------------------------------------------

    private static boolean isOpening(int type) {
        return type == PythonLexer.LPAR || type == PythonLexer.LSQB || type == PythonLexer.LBRACE;
    }

    private static boolean isClosing(int type) {
        return type == PythonLexer.RPAR || type == PythonLexer.RSQB || type == PythonLexer.RBRACE;
    }

    /** The first token of the logical line holding token {@code at}. */
    private int logicalLineStart(int at) {
        int i = at;
        while (i > 0) {
            int type = tokens.get(i - 1).getType();
            if (type == PythonLexer.NEWLINE || type == PythonLexer.INDENT || type == PythonLexer.DEDENT
                    || type == PythonLexer.SEMI) {
                break;
            }
            i--;
        }
        return i;
    }

    /** The index of the unclosed bracket around token {@code at}, or -1. */
    private int enclosingBracket(int at) {
        int lineStart = logicalLineStart(at);
        int depth = 0;
        for (int i = at - 1; i >= lineStart; i--) {
            int type = tokens.get(i).getType();
            if (isClosing(type)) {
                depth++;
            } else if (isOpening(type)) {
                if (depth == 0) {
                    return i;
                }
                depth--;
            }
        }
        return -1;
    }

    // ---- parsing parts of the token stream ------------------------------------------------

    /** How far the diagnosis parses back from the failure, to keep bad input cheap to report. */
    private static final int MAX_LOOKBACK = 512;

    /** The first index in [from, to) from which tokens up to {@code to} form one {@code rule}. */
    private int firstStartOf(int from, int to, Function<PythonParser, ParserRuleContext> rule) {
        for (int start = Math.max(from, to - MAX_LOOKBACK); start < to; start++) {
            if (parsesAs(start, to, rule)) {
                return start;
            }
        }
        return -1;
    }

    private boolean parsesAs(int from, int to, Function<PythonParser, ParserRuleContext> rule) {
        return from < to && parse(from, to, rule, true) != null;
    }

    /** Parses the longest {@code rule} starting at {@code from}; returns the index after it, or -1. */
    private int parsePrefix(int from, Function<PythonParser, ParserRuleContext> rule) {
        int to = from;
        while (to < tokens.size() && tokens.get(to).getType() != PythonLexer.NEWLINE
                && tokens.get(to).getType() != PythonLexer.ERRORTOKEN && tokens.get(to).getType() != Token.EOF) {
            to++;
        }
        ParserRuleContext ctx = parse(from, to, rule, false);
        if (ctx == null || ctx.stop == null) {
            return -1;
        }
        int end = from + ctx.stop.getTokenIndex() + 1;
        furthestRead = Math.max(furthestRead, end);
        return end;
    }

    private Expr buildExpression(int from, int to, Function<PythonParser, ParserRuleContext> rule) {
        List<Token> part = slice(from, to);
        ParserRuleContext ctx = parse(part, rule, true);
        if (ctx == null) {
            return null;
        }
        AstBuilder builder = new AstBuilder(source, part, map, fieldParser);
        try {
            return switch (ctx) {
                case Bitwise_orContext c -> builder.bitwiseOr(c);
                case ExpressionContext c -> builder.expression(c);
                case Star_expressionsContext c -> builder.starExpressions(c);
                default -> null;
            };
        } catch (PythonSyntaxError e) {
            return null;
        }
    }

    private ParserRuleContext parse(int from, int to, Function<PythonParser, ParserRuleContext> rule, boolean whole) {
        return parse(slice(from, to), rule, whole);
    }

    private ParserRuleContext parse(List<Token> part, Function<PythonParser, ParserRuleContext> rule, boolean whole) {
        PythonParser parser = new PythonParser(new CommonTokenStream(new ListTokenSource(part)));
        parser.removeErrorListeners();
        parser.setErrorHandler(new BailErrorStrategy());
        parser.getInterpreter().setPredictionMode(PredictionMode.LL);
        try {
            ParserRuleContext ctx = rule.apply(parser);
            return !whole || parser.getCurrentToken().getType() == Token.EOF ? ctx : null;
        } catch (ParseCancellationException | RecognitionException e) {
            return null;
        }
    }

    /** Copies of tokens[from, to) followed by an EOF, as a stream of their own. */
    private List<Token> slice(int from, int to) {
        List<Token> part = new ArrayList<>(to - from + 1);
        for (int i = from; i < to; i++) {
            part.add(((PythonToken) tokens.get(i)).copy());
        }
        PythonToken last = (PythonToken) tokens.get(to - 1);
        PythonToken eof = ((PythonToken) tokens.get(to)).copy();
        eof.setType(Token.EOF);
        eof.setLine(last.getEndLine());
        eof.setCharPositionInLine(last.getEndColumn());
        part.add(eof);
        return part;
    }
}
