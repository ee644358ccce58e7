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
import org.antlr.v4.runtime.misc.ParseCancellationException;

import skein.grammar.PythonLexer;
import skein.grammar.PythonParser;
import skein.grammar.PythonToken;
import skein.interpreter.ast.Expr;

/**
 * The tokens of a source that failed to parse, with ways to ask what a stretch of them is:
 * where a logical line starts, which bracket encloses a token, and whether some tokens parse
 * as a given grammar rule. The error diagnosis uses it to recognise CPython's common mistakes.
 */
final class TokenWindow {

    /** {@link #parsePrefix} result when the parse ran into the tokenizer's error. */
    static final int HIT_TOKENIZER_ERROR = -2;
    /** {@link #parsePrefix} result when the tokens do not start with the rule. */
    static final int NO_MATCH = -1;

    /** How far back a diagnosis parses from the failure, to keep bad input cheap to report. */
    private static final int MAX_LOOKBACK = 512;

    private final List<Token> tokens;
    private final SourceText source;
    private final PositionMap map;
    private final AstBuilder.FieldParser fieldParser;
    private int furthestRead;

    TokenWindow(List<Token> tokens, SourceText source, PositionMap map, AstBuilder.FieldParser fieldParser) {
        this.tokens = tokens;
        this.source = source;
        this.map = map;
        this.fieldParser = fieldParser;
    }

    Token get(int i) {
        return tokens.get(i);
    }

    int type(int i) {
        return i < 0 ? Token.INVALID_TYPE : tokens.get(i).getType();
    }

    int size() {
        return tokens.size();
    }

    List<Token> all() {
        return tokens;
    }

    /** The furthest token a question looked at, as CPython's parser would have read it. */
    int furthestRead() {
        return furthestRead;
    }

    static boolean isOpening(int type) {
        return type == PythonLexer.LPAR || type == PythonLexer.LSQB || type == PythonLexer.LBRACE;
    }

    static boolean isClosing(int type) {
        return type == PythonLexer.RPAR || type == PythonLexer.RSQB || type == PythonLexer.RBRACE;
    }

    /** The first token of the logical line (or of the simple statement) holding token {@code at}. */
    int logicalLineStart(int at) {
        int i = at;
        while (i > 0) {
            int type = type(i - 1);
            if (type == PythonLexer.NEWLINE || type == PythonLexer.INDENT || type == PythonLexer.DEDENT
                    || type == PythonLexer.SEMI) {
                break;
            }
            i--;
        }
        return i;
    }

    /** The index of the unclosed bracket around token {@code at}, or -1. */
    int enclosingBracket(int at) {
        int lineStart = logicalLineStart(at);
        int depth = 0;
        for (int i = at - 1; i >= lineStart; i--) {
            int type = type(i);
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

    /** The top-level commas between {@code from} and {@code to}, by index. */
    List<Integer> commasBetween(int from, int to) {
        List<Integer> commas = new ArrayList<>();
        int depth = 0;
        for (int i = from; i < to; i++) {
            int type = type(i);
            if (isOpening(type)) {
                depth++;
            } else if (isClosing(type)) {
                depth--;
            } else if (depth == 0 && type == PythonLexer.COMMA) {
                commas.add(i);
            }
        }
        return commas;
    }

    /** The first index in [from, to) from which the tokens up to {@code to} form one {@code rule}. */
    int firstStartOf(int from, int to, Function<PythonParser, ParserRuleContext> rule) {
        for (int start = Math.max(from, to - MAX_LOOKBACK); start < to; start++) {
            if (parsesAs(start, to, rule)) {
                return start;
            }
        }
        return NO_MATCH;
    }

    boolean parsesAs(int from, int to, Function<PythonParser, ParserRuleContext> rule) {
        return from >= 0 && from < to && parse(slice(from, to), rule, true) != null;
    }

    /**
     * Parses the longest {@code rule} starting at {@code from}, within its logical line; returns
     * the index after it, {@link #NO_MATCH}, or {@link #HIT_TOKENIZER_ERROR} when the parse
     * failed where the tokenizer's error is. Like CPython's backtracking parser, it settles for a
     * shorter match when a longer one fails part way ("f.g(x ?" is the expression "f.g").
     */
    int parsePrefix(int from, Function<PythonParser, ParserRuleContext> rule) {
        int to = from;
        while (to < tokens.size() && type(to) != PythonLexer.NEWLINE && type(to) != PythonLexer.ERRORTOKEN
                && type(to) != Token.EOF) {
            to++;
        }
        if (from >= to) {
            return type(to) == PythonLexer.ERRORTOKEN ? HIT_TOKENIZER_ERROR : NO_MATCH;
        }
        int failedAt = -1;
        for (int end = to; end > from && end > to - MAX_LOOKBACK; end = failedAt) {
            PythonParser parser = parser(slice(from, end));
            try {
                ParserRuleContext ctx = rule.apply(parser);
                if (ctx.stop == null) {
                    return NO_MATCH;
                }
                int matched = from + ctx.stop.getTokenIndex() + 1;
                furthestRead = Math.max(furthestRead, matched);
                return matched;
            } catch (ParseCancellationException e) {
                // Prediction can fail tokens ahead of the current one: the cause knows where.
                Token offending = e.getCause() instanceof RecognitionException cause && cause.getOffendingToken() != null
                        ? cause.getOffendingToken() : parser.getCurrentToken();
                int failed = from + offending.getTokenIndex();
                furthestRead = Math.max(furthestRead, failed);
                if (end == to && offending.getType() == Token.EOF && type(to) == PythonLexer.ERRORTOKEN) {
                    return HIT_TOKENIZER_ERROR;
                }
                failedAt = Math.min(failed, end - 1);
            }
        }
        return NO_MATCH;
    }

    /** The AST of tokens[from, to) read as {@code rule} (an expression rule), or null. */
    Expr buildExpression(int from, int to, Function<PythonParser, ParserRuleContext> rule) {
        if (from < 0 || from >= to) {
            return null;
        }
        List<Token> part = slice(from, to);
        ParserRuleContext ctx = parse(part, rule, true);
        if (ctx == null) {
            return null;
        }
        AstBuilder builder = new AstBuilder(source, part, map, fieldParser);
        try {
            return switch (ctx) {
                case PythonParser.Bitwise_orContext c -> builder.bitwiseOr(c);
                case PythonParser.ExpressionContext c -> builder.expression(c);
                case PythonParser.Star_expressionsContext c -> builder.starExpressions(c);
                default -> null;
            };
        } catch (PythonSyntaxError e) {
            return null;
        }
    }

    private ParserRuleContext parse(List<Token> part, Function<PythonParser, ParserRuleContext> rule, boolean whole) {
        PythonParser parser = parser(part);
        try {
            ParserRuleContext ctx = rule.apply(parser);
            return !whole || parser.getCurrentToken().getType() == Token.EOF ? ctx : null;
        } catch (ParseCancellationException | RecognitionException e) {
            return null;
        }
    }

    private static PythonParser parser(List<Token> part) {
        PythonParser parser = new PythonParser(new CommonTokenStream(new ListTokenSource(part)));
        parser.removeErrorListeners();
        parser.setErrorHandler(new BailErrorStrategy());
        parser.getInterpreter().setPredictionMode(PredictionMode.LL);
        return parser;
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
