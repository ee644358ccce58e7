package skein.interpreter.parser;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;

import skein.grammar.PythonLexer;
import skein.grammar.PythonParser;
import skein.grammar.TokenizerError;
import skein.interpreter.ast.Expr;
import skein.interpreter.ast.Module;
import skein.interpreter.ast.Stmt;

/**
 * The parser front end: Python source text to AST, or a {@link PythonSyntaxError} with CPython's
 * type, message and location.
 *
 * <p>Parsing uses ANTLR's two-stage strategy: the fast SLL prediction first, and only when that
 * fails, a second attempt with full LL prediction, whose failure is the real syntax error.
 */
public final class SourceParser {

    private static final String TOO_DEEP = "maximum recursion depth exceeded during compilation";

    private final SourceText source;

    private SourceParser(SourceText source) {
        this.source = source;
    }

    /**
     * Parses a module as {@code compile(source, filename, 'exec')} does: the AST, after the
     * checks CPython makes while compiling ("'return' outside function", "'break' outside
     * loop"...), except the scope checks the scope analysis makes.
     */
    public static Module parseModule(String source, String filename) {
        SourceText text = sourceText(source, filename);
        SourceParser parser = new SourceParser(text);
        return parser.guarded(() -> {
            Module module = parser.module();
            SyntaxChecks.check(module, text);
            return module;
        });
    }

    /**
     * Parses one interactive statement as {@code compile(source, filename, 'single')} does: one
     * line of simple statements, or one compound statement.
     */
    public static Module parseSingleStatement(String source, String filename) {
        Module module = parseModule(source, filename);
        List<Stmt> body = module.body();
        if (body.isEmpty()) {
            throw blankInput(source, filename);
        }
        List<String> lines = source.lines().toList();
        Stmt first = body.get(0);
        for (Stmt next : body) {
            if (next.pos().line() == first.pos().line()) {
                continue;
            }
            if (isCompound(first)) {
                throw new PythonSyntaxError(PythonSyntaxError.Kind.SYNTAX_ERROR, "invalid syntax", filename,
                        next.pos().line(), next.pos().col() + 1, next.pos().line(), next.pos().col() + 2,
                        lines.get(next.pos().line() - 1));
            }
            String line = lines.get(first.pos().line() - 1);
            throw new PythonSyntaxError(PythonSyntaxError.Kind.SYNTAX_ERROR,
                    "multiple statements found while compiling a single statement", filename, first.pos().line(),
                    line.length() + 1, first.pos().line(), line.length() + 1, line + "\n");
        }
        return module;
    }

    /** Whether the source has no tokens: blank lines and comments only. */
    private static boolean isBlank(String source) {
        return source.lines().allMatch(line -> {
            String code = line.stripLeading();
            return code.isEmpty() || code.startsWith("#");
        });
    }

    /** CPython's error for an expression or statement missing altogether: on the last line, which it shows. */
    private static PythonSyntaxError blankInput(String source, String filename) {
        int line = (int) source.lines().count();
        int lastStart = source.lastIndexOf('\n', source.length() - 2) + 1;
        return new PythonSyntaxError(PythonSyntaxError.Kind.SYNTAX_ERROR, "invalid syntax", filename, line, 0, line, 0,
                source.substring(lastStart));
    }

    private static boolean isCompound(Stmt statement) {
        return switch (statement) {
            case Stmt.FunctionDef f -> true;
            case Stmt.ClassDef c -> true;
            case Stmt.For f -> true;
            case Stmt.While w -> true;
            case Stmt.If i -> true;
            case Stmt.With w -> true;
            case Stmt.Try t -> true;
            default -> false;
        };
    }

    /**
     * The error CPython's tokenizer meets reading {@code source}, the lines of a file before one
     * it cannot read, or null. Errors that only say the text ends early (a bracket or a
     * triple-quoted string still open, a continuation line) do not count: the file goes on.
     */
    static PythonSyntaxError tokenizerErrorIn(String source, String filename) {
        PythonLexer lexer = new PythonLexer(CharStreams.fromString(source));
        lexer.removeErrorListeners();
        CommonTokenStream tokens = new CommonTokenStream(lexer);
        tokens.fill();
        TokenizerError error = lexer.tokenizerError();
        if (error == null || error.precedence() == TokenizerError.Precedence.UNCLOSED_BRACKET
                || error.message().equals("unexpected EOF while parsing")
                || error.message().startsWith("unterminated triple-quoted string literal")) {
            return null;
        }
        return new ErrorDiagnoser(sourceText(source, filename), PositionMap.IDENTITY, tokens.getTokens(), error,
                null).tokenizerError();
    }

    /** Parses a module as {@code ast.parse} does: syntax only. */
    public static Module parseAst(String source, String filename) {
        SourceParser parser = new SourceParser(sourceText(source, filename));
        return parser.guarded(parser::module);
    }

    /**
     * Parses one expression as {@code compile(source, filename, 'eval')} does: the expression
     * may be followed by blank lines.
     */
    public static Expr parseExpression(String source, String filename) {
        if (source.indexOf('\0') >= 0) {
            throw new PythonSyntaxError(PythonSyntaxError.Kind.SYNTAX_ERROR,
                    "source code string cannot contain null bytes", filename, 0, 0, 0, 0, null);
        }
        if (isBlank(source)) {
            throw blankInput(source, filename);
        }
        SourceText text = sourceText(source, filename);
        SourceParser parser = new SourceParser(text);
        return parser.guarded(() -> {
            Parsed<PythonParser.Eval_inputContext> parsed = parser.parse(text.text, PositionMap.IDENTITY,
                    PythonParser::eval_input);
            return parser.builder(parsed.tokens, PositionMap.IDENTITY).eval(parsed.tree);
        });
    }

    /**
     * Source as CPython's tokenizer sees it: universal newlines. A NUL is left for the lexer,
     * which rejects the line holding it when it gets there, as CPython's file reading does.
     */
    private static SourceText sourceText(String source, String filename) {
        String text = source.indexOf('\r') < 0 ? source : source.replace("\r\n", "\n").replace('\r', '\n');
        return new SourceText(filename, text);
    }

    /**
     * A file is parsed and built one statement at a time, so that only one statement's parse
     * tree is ever held: a file of tens of megabytes then needs memory for its tokens and AST
     * only.
     */
    private Module module() {
        PythonLexer lexer = new PythonLexer(CharStreams.fromString(source.text));
        lexer.removeErrorListeners();
        CommonTokenStream tokens = new CommonTokenStream(lexer);
        AstBuilder builder = builder(tokens.getTokens(), PositionMap.IDENTITY);
        List<Stmt> body = new ArrayList<>();
        while (tokens.LA(1) != Token.EOF) {
            PythonParser.StatementContext statement = parseStatement(tokens, lexer);
            try {
                builder.statement(statement, body);
            } catch (PythonSyntaxError error) {
                // CPython's parser meets this error first, then reads the rest of the file.
                tokens.fill();
                throw new ErrorDiagnoser(source, PositionMap.IDENTITY, tokens.getTokens(), lexer.tokenizerError(),
                        this::field).orTokenizerError(error, error.lineno());
            }
        }
        return new Module(body);
    }

    /** One statement, with SLL prediction first and full LL only if that fails. */
    private PythonParser.StatementContext parseStatement(CommonTokenStream tokens, PythonLexer lexer) {
        int start = tokens.index();
        try {
            return parser(tokens, PredictionMode.SLL).statement();
        } catch (ParseCancellationException sllFailure) {
            tokens.seek(start);
            try {
                return parser(tokens, PredictionMode.LL).statement();
            } catch (ParseCancellationException failure) {
                tokens.fill();
                throw new ErrorDiagnoser(source, PositionMap.IDENTITY, tokens.getTokens(), lexer.tokenizerError(),
                        this::field).diagnose((RecognitionException) failure.getCause());
            }
        }
    }

    /** A parser that stops at the first error, for the diagnosis to explain. */
    private static PythonParser parser(CommonTokenStream tokens, PredictionMode mode) {
        PythonParser parser = new PythonParser(tokens);
        parser.removeErrorListeners();
        parser.setErrorHandler(new BailErrorStrategy());
        parser.getInterpreter().setPredictionMode(mode);
        return parser;
    }

    private AstBuilder builder(List<Token> tokens, PositionMap map) {
        return new AstBuilder(source, tokens, map, this::field);
    }

    /** An f-string replacement field, given as "(" + expression + ")". */
    private Expr field(String wrapped, PositionMap map) {
        Parsed<PythonParser.Fstring_inputContext> parsed = parse(wrapped, map, PythonParser::fstring_input);
        return builder(parsed.tokens, map).field(parsed.tree);
    }

    private record Parsed<T extends ParserRuleContext>(T tree, List<Token> tokens) {}

    /** An expression (eval mode, or an f-string field): parsed whole, SLL first, then LL. */
    private <T extends ParserRuleContext> Parsed<T> parse(String text, PositionMap map,
                                                          Function<PythonParser, T> entry) {
        PythonLexer lexer = new PythonLexer(CharStreams.fromString(text));
        lexer.removeErrorListeners();
        CommonTokenStream tokens = new CommonTokenStream(lexer);
        try {
            return new Parsed<>(entry.apply(parser(tokens, PredictionMode.SLL)), tokens.getTokens());
        } catch (ParseCancellationException sllFailure) {
            tokens.seek(0);
            try {
                return new Parsed<>(entry.apply(parser(tokens, PredictionMode.LL)), tokens.getTokens());
            } catch (ParseCancellationException failure) {
                tokens.fill();
                RecognitionException cause = (RecognitionException) failure.getCause();
                throw new ErrorDiagnoser(source, map, tokens.getTokens(), lexer.tokenizerError(), this::field)
                        .diagnose(cause);
            }
        }
    }

    private interface Step<T> {
        T run();
    }

    /**
     * Runs a parse, turning a Java stack overflow on absurdly deep nesting into the error
     * CPython gives when its compiler runs out of recursion depth.
     */
    private <T> T guarded(Step<T> step) {
        try {
            return step.run();
        } catch (StackOverflowError e) {
            throw source.error(TOO_DEEP, 0, 0, 0, 0);
        }
    }
}
