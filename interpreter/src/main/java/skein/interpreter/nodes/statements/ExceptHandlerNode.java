package skein.interpreter.nodes.statements;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.Node;
import skein.interpreter.nodes.AssignTargetNode;
import skein.interpreter.nodes.ExpressionNode;
import skein.interpreter.nodes.StatementNode;
import skein.interpreter.nodes.generators.ResumePoints;
import skein.interpreter.nodes.generators.SuspendException;
import skein.interpreter.objects.PBaseException;
import skein.interpreter.objects.PNone;
import skein.interpreter.runtime.PArguments;
import skein.interpreter.runtime.PythonThreadState;
import skein.interpreter.runtime.exception.PException;

/**
 * One {@code except [T [as name]]:} clause. While its body runs the exception is the thread's
 * handled exception (for bare {@code raise} and {@code sys.exc_info()}); an exception raised in
 * the body gets it as its {@code __context__}; the name is unbound afterwards, as in CPython. A
 * generator suspended in the body hands the thread its own handled exception back meanwhile.
 */
public final class ExceptHandlerNode extends Node {

    static final int BODY = 1;

    /** Null for a bare {@code except:}. */
    @Child private ExpressionNode type;
    @Child private AssignTargetNode name;
    @Child private StatementNode body;
    /** The yield points in the type expression and in the body; null outside generators. */
    private final ResumePoints resume;

    public ExceptHandlerNode(ExpressionNode type, AssignTargetNode name, StatementNode body, ResumePoints resume) {
        this.type = type;
        this.name = name;
        this.body = body;
        this.resume = resume;
    }

    public boolean matches(VirtualFrame frame, PBaseException exception) {
        return type == null || ExceptionMatching.matches(exception, type.execute(frame));
    }

    /** Whether the frame is resuming at a yield point inside this clause's body. */
    public boolean isResumingInBody(VirtualFrame frame) {
        return resume != null && resume.partToResume(frame) == BODY;
    }

    /** Runs the body for {@code exception}; {@code resuming} when the frame goes back into it after a suspension. */
    public void handle(VirtualFrame frame, PBaseException exception, boolean resuming) {
        PythonThreadState thread = PArguments.getThreadState(frame);
        PBaseException outer = thread.handledException();
        thread.setHandledException(exception);
        boolean suspended = false;
        try {
            if (name != null && !resuming) {
                name.assign(frame, exception);
            }
            body.executeVoid(frame);
        } catch (SuspendException e) {
            suspended = true;
            throw e;
        } catch (PException raised) {
            PBaseException newException = raised.pythonException();
            if (newException != exception && newException.context() == null) {
                newException.setContext(exception);
            }
            throw raised;
        } finally {
            thread.setHandledException(outer);
            if (name != null && !suspended) {
                name.assign(frame, PNone.NONE);
                name.delete(frame);
            }
        }
    }
}
