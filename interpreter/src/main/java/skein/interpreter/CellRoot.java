package skein.interpreter;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.RootNode;
import skein.interpreter.objects.FunctionCode;
import skein.interpreter.runtime.CodeExecution;
import skein.interpreter.runtime.exception.PException;

/**
 * A notebook cell (or a line of interactive input): run in {@code __main__}, as the cells of one
 * session share their names. As in an interactive session, the values of the expression
 * statements of its last statement go to {@code sys.displayhook} (which prints a repr unless
 * the value is None), and an uncaught exception is printed, not raised, so that the session
 * goes on with the next cell.
 * Answers 0, or 1 when the cell raised.
 */
final class CellRoot extends RootNode {

    private final FunctionCode code;

    CellRoot(SkeinLanguage language, FunctionCode code) {
        super(language);
        this.code = code;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        return run(SkeinContext.get(this));
    }

    @TruffleBoundary
    private int run(SkeinContext context) {
        try {
            CodeExecution.runModule(code, context.mainModule().globals());
            return 0;
        } catch (PException e) {
            TopLevel.printException(context, e.pythonException());
            return 1;
        } finally {
            context.streams().flushAll();
        }
    }

    @Override
    public String getName() {
        return code.filename();
    }

    @Override
    public boolean isInternal() {
        return true;
    }
}
