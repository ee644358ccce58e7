package skein.interpreter.translator;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.source.Source;
import skein.interpreter.SkeinLanguage;
import skein.interpreter.ast.Module;
import skein.interpreter.ast.Pos;
import skein.interpreter.objects.FunctionCode;
import skein.interpreter.parser.PythonSyntaxError;
import skein.interpreter.parser.SourceDecodeError;
import skein.interpreter.parser.SourceParser;
import skein.interpreter.runtime.exception.PException;
import skein.interpreter.runtime.exception.PythonErrors;
import skein.interpreter.runtime.exception.SyntaxErrors;

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
        String filename = source.getName();
        try {
            Module module = SourceParser.parseModule(source.getCharacters().toString(), filename);
            return cell ? Translator.translateCell(language, source, module) : Translator.translateModule(language, source, module);
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
