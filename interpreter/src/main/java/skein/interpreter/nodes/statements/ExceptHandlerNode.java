package skein.interpreter.nodes.statements;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.Node;
import skein.interpreter.SkeinLanguage;
import skein.interpreter.nodes.AssignTargetNode;
import skein.interpreter.nodes.ExpressionNode;
import skein.interpreter.nodes.StatementNode;
import skein.interpreter.objects.PBaseException;
import skein.interpreter.runtime.PArguments;
import skein.interpreter.runtime.PythonThreadState;
import skein.interpreter.runtime.exception.PException;

/**
 * One {@code except [T [as name]]:} clause. While its body runs the exception is the thread's
 * handled exception (for bare {@code raise} and {@code sys.exc_info()}); an exception raised in
 * the body gets it as its {@code __context__}; the name is unbound afterwards, as in CPython.
 */
public final class ExceptHandlerNode extends Node {

    /** Null for a bare {@code except:}. */
    @Child private ExpressionNode type;
    @Child private AssignTargetNode name;
    @Child private StatementNode body;

    public ExceptHandlerNode(ExpressionNode type, AssignTargetNode name, StatementNode body) {
        this.type = type;
        this.name = name;
        this.body = body;
    }

    public boolean matches(VirtualFrame frame, PBaseException exception) {
        return type == null || ExceptionMatching.matches(exception, type.execute(frame));
    }

    public void handle(VirtualFrame frame, PBaseException exception) {
        PythonThreadState thread = PArguments.getThreadState(frame);
        PBaseException outer = thread.handledException();
        thread.setHandledException(exception);
        try {
            if (name != null) {
                name.assign(frame, exception);
            }
            body.executeVoid(frame);
        } catch (PException raised) {
            PBaseException newException = raised.pythonException();
            if (newException != exception && newException.context() == null) {
                newException.setContext(exception);
            }
            throw raised;
        } finally {
            thread.setHandledException(outer);
            if (name != null) {
                name.assign(frame, skein.interpreter.objects.PNone.NONE);
                name.delete(frame);
            }
        }
    }
}
