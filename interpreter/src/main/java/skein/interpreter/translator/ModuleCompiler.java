package skein.interpreter.translator;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.source.Source;
import skein.interpreter.SkeinLanguage;
import skein.interpreter.ast.Expr;
import skein.interpreter.ast.Module;
import skein.interpreter.ast.Pos;
import skein.interpreter.ast.Stmt;
import skein.interpreter.objects.FunctionCode;
import skein.interpreter.parser.PythonSyntaxError;
import skein.interpreter.parser.SourceDecodeError;
import skein.interpreter.parser.SourceParser;
import skein.interpreter.runtime.exception.PException;
import skein.interpreter.runtime.exception.PythonErrors;
import skein.interpreter.runtime.exception.SyntaxErrors;

import java.util.List;
import java.util.function.Supplier;

/** Source text to module code, every compile-time error raised as CPython's SyntaxError. */
public final class ModuleCompiler {

    private ModuleCompiler() {
    }

    @TruffleBoundary
    public static FunctionCode compile(SkeinLanguage language, Source source) throws PException {
        return compile(language, source, false);
    }

    /**
     * A notebook cell or interactive input: as a module, except that the expression statements
     * of its last statement show their values through {@code sys.displayhook}, as CPython's
     * "single" mode (and a notebook) shows them.
     */
    @TruffleBoundary
    public static FunctionCode compileCell(SkeinLanguage language, Source source) throws PException {
        return compile(language, source, true);
    }

    private static FunctionCode compile(SkeinLanguage language, Source source, boolean cell) throws PException {
        return translate(source, () -> {
            Module module = SourceParser.parseModule(source.getCharacters().toString(), source.getName());
            return cell ? Translator.translateCell(language, source, module) : Translator.translateModule(language, source, module);
        });
    }

    /**
     * What {@code compile(text, filename, mode, optimize=optimize)} makes: code whose top-level
     * names live in the namespace {@code exec} or {@code eval} gives it.
     */
    @TruffleBoundary
    public static FunctionCode compile(SkeinLanguage language, String text, String filename, CompileMode mode,
                                       int optimize) throws PException {
        Source source = Source.newBuilder(SkeinLanguage.ID, text, filename).build();
        return translate(source, () -> {
            Module module = switch (mode) {
                case EXEC -> SourceParser.parseModule(text, filename);
                case EVAL -> {
                    Expr expression = SourceParser.parseExpression(text, filename);
                    yield new Module(List.of(new Stmt.ExprStmt(expression.pos(), expression)));
                }
                case SINGLE -> SourceParser.parseSingleStatement(text, filename);
            };
            return Translator.translateCompiled(language, source, module, mode, optimize);
        });
    }

    /** Parses and translates, every compile-time error raised as CPython's SyntaxError. */
    private static FunctionCode translate(Source source, Supplier<FunctionCode> translation) throws PException {
        String filename = source.getName();
        try {
            return translation.get();
        } catch (PythonSyntaxError e) {
            throw SyntaxErrors.fromParser(e);
        } catch (SourceDecodeError e) {
            throw SyntaxErrors.fromDecoder(e);
        } catch (CompileError e) {
            Pos pos = e.pos();
            String text = pos.line() >= 1 && pos.line() <= source.getLineCount()
                    ? source.getCharacters(pos.line()).toString() + "\n" : null;
            throw SyntaxErrors.create("SyntaxError", e.getMessage(), filename, pos.line(), pos.col() + 1, pos.endLine(),
                    pos.endCol() + 1, text);
        } catch (StackOverflowError e) {
            throw SyntaxErrors.create("SyntaxError", "too many nested parentheses", filename, 1, 1, 1, 1, null);
        } catch (OutOfMemoryError e) {
            throw PythonErrors.memoryError();
        }
    }
}
