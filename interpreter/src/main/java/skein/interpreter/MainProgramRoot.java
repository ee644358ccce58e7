package skein.interpreter;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.RootNode;
import com.oracle.truffle.api.source.Source;
import skein.interpreter.objects.FunctionCode;
import skein.interpreter.runtime.CodeExecution;
import skein.interpreter.objects.PDict;
import skein.interpreter.objects.PNone;
import skein.interpreter.parser.PythonSyntaxError;
import skein.interpreter.parser.SourceDecoder;
import skein.interpreter.runtime.exception.PException;
import skein.interpreter.runtime.exception.SyntaxErrors;
import skein.interpreter.translator.ModuleCompiler;

/**
 * {@code python3 script.py} or {@code python3 -c code}: decodes and compiles the program as
 * {@code __main__}, runs it, and turns what ends it (normal end, SystemExit, an uncaught
 * exception, a syntax error) into the exit status it returns, with CPython's output.
 */
final class MainProgramRoot extends RootNode {

    private final Source program;

    MainProgramRoot(SkeinLanguage language, Source program) {
        super(language);
        this.program = program;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        return run(SkeinContext.get(this));
    }

    @TruffleBoundary
    private int run(SkeinContext context) {
        String name = program.getName();
        PDict globals = context.mainModule().globals();
        if (!name.startsWith("<")) {
            globals.setItem("__file__", context.env().getPublicTruffleFile(name).getAbsoluteFile().getPath());
        }
        globals.setItem("__cached__", PNone.NONE);
        int status;
        try {
            String text = decode(name);
            context.sourceLines().remember(name, text);
            Source source = Source.newBuilder(SkeinLanguage.ID, text, name).build();
            FunctionCode code = ModuleCompiler.compile(context.language(), source);
            CodeExecution.runModule(code, globals);
            status = 0;
        } catch (PException e) {
            status = TopLevel.uncaught(context, e);
        }
        return TopLevel.shutdown(context, status);
    }

    private String decode(String name) {
        try {
            return SourceDecoder.decode(program.getBytes().toByteArray(), name);
        } catch (PythonSyntaxError e) {
            throw SyntaxErrors.fromParser(e);
        }
    }

    @Override
    public boolean isInternal() {
        return true;
    }
}
