package skein.interpreter.parser;

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
import skein.interpreter.ast.Expr;
import skein.interpreter.ast.Module;

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
        Module module = new SourceParser(text).module();
        SyntaxChecks.check(module, text);
        return module;
    }

    /** Parses a module as {@code ast.parse} does: syntax only. */
    public static Module parseAst(String source, String filename) {
        return new SourceParser(sourceText(source, filename)).module();
    }

    /**
     * Parses one expression as {@code eval} does: leading spaces and tabs are ignored, and the
     * expression may be followed by blank lines.
     */
    public static Expr parseExpression(String source, String filename) {
        int start = 0;
        while (start < source.length() && (source.charAt(start) == ' ' || source.charAt(start) == '\t')) {
            start++;
        }
        SourceText text = sourceText(source.substring(start), filename);
        SourceParser parser = new SourceParser(text);
        return parser.guarded(() -> {
            Parsed<PythonParser.Eval_inputContext> parsed = parser.parse(text.text, PositionMap.IDENTITY,
                    PythonParser::eval_input);
            return parser.builder(parsed.tokens, PositionMap.IDENTITY).eval(parsed.tree);
        });
    }

    /** Source as CPython's tokenizer sees it: universal newlines, and no NUL characters. */
    private static SourceText sourceText(String source, String filename) {
        if (source.indexOf('\0') >= 0) {
            throw new PythonSyntaxError(PythonSyntaxError.Kind.SYNTAX_ERROR,
                    "source code string cannot contain null bytes", filename, 0, 0, 0, 0, null);
        }
        String text = source.indexOf('\r') < 0 ? source : source.replace("\r\n", "\n").replace('\r', '\n');
        return new SourceText(filename, text);
    }

    private Module module() {
        return guarded(() -> {
            Parsed<PythonParser.File_inputContext> parsed = parse(source.text, PositionMap.IDENTITY,
                    PythonParser::file_input);
            return builder(parsed.tokens, PositionMap.IDENTITY).file(parsed.tree);
        });
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

    private <T extends ParserRuleContext> Parsed<T> parse(String text, PositionMap map,
                                                          Function<PythonParser, T> entry) {
        PythonLexer lexer = new PythonLexer(CharStreams.fromString(text));
        lexer.removeErrorListeners();
        CommonTokenStream tokens = new CommonTokenStream(lexer);
        PythonParser parser = new PythonParser(tokens);
        parser.removeErrorListeners();
        parser.setErrorHandler(new BailErrorStrategy());
        parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
        try {
            return new Parsed<>(entry.apply(parser), tokens.getTokens());
        } catch (ParseCancellationException sllFailure) {
            parser.reset();
            parser.getInterpreter().setPredictionMode(PredictionMode.LL);
            try {
                return new Parsed<>(entry.apply(parser), tokens.getTokens());
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
