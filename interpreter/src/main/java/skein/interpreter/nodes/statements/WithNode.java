package skein.interpreter.nodes.statements;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ControlFlowException;
import skein.interpreter.SkeinLanguage;
import skein.interpreter.nodes.AssignTargetNode;
import skein.interpreter.nodes.ExpressionNode;
import skein.interpreter.nodes.StatementNode;
import skein.interpreter.nodes.generators.ResumePoints;
import skein.interpreter.nodes.generators.SuspendException;
import skein.interpreter.objects.PBaseException;
import skein.interpreter.objects.PNone;
import skein.interpreter.objects.PythonClass;
import skein.interpreter.runtime.Attributes;
import skein.interpreter.runtime.Calls;
import skein.interpreter.runtime.PythonThreadState;
import skein.interpreter.runtime.Truthiness;
import skein.interpreter.runtime.TypeOf;
import skein.interpreter.runtime.exception.PException;
import skein.interpreter.runtime.exception.PythonErrors;

/**
 * {@code with manager as target: body} (several items nest). {@code __exit__} runs however the
 * body ends; when it returns true for an exception, the exception is swallowed. A generator
 * suspended in the body keeps the bound {@code __exit__} in a frame slot meanwhile.
 */
public final class WithNode extends StatementNode {

    static final int BODY = 1;

    @Child private ExpressionNode manager;
    @Child private AssignTargetNode target;
    @Child private StatementNode body;
    /** The yield points in the manager expression and in the body; null outside generators. */
    private final ResumePoints resume;
    /** Where a generator keeps the bound {@code __exit__}; -1 outside generators. */
    private final int exitSlot;

    public WithNode(ExpressionNode manager, AssignTargetNode target, StatementNode body) {
        this(manager, target, body, null, -1);
    }

    public WithNode(ExpressionNode manager, AssignTargetNode target, StatementNode body, ResumePoints resume,
                    int exitSlot) {
        this.manager = manager;
        this.target = target;
        this.body = body;
        this.resume = resume;
        this.exitSlot = exitSlot;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        Object exit;
        if (resume != null && resume.partToResume(frame) == BODY) {
            exit = frame.getObject(exitSlot);
        } else {
            Object context = manager.execute(frame);
            Object[] methods = enter(context);
            exit = methods[0];
            if (resume != null) {
                frame.setObject(exitSlot, exit);
            }
            if (target != null) {
                target.assign(frame, methods[1]);
            }
        }
        try {
            body.executeVoid(frame);
        } catch (PException e) {
            FrameTraceback.record(frame, e);
            if (!exitWithException(exit, e.pythonException())) {
                throw e;
            }
            return;
        } catch (SuspendException e) {
            throw e;
        } catch (ControlFlowException e) {
            exitNormally(exit);
            throw e;
        }
        exitNormally(exit);
    }

    /** Calls {@code __enter__}; returns {bound __exit__, value of __enter__}. */
    @TruffleBoundary
    private static Object[] enter(Object context) {
        PythonClass type = TypeOf.get(context);
        Object enter = type.lookup("__enter__");
        Object exit = type.lookup("__exit__");
        if (enter == null || exit == null) {
            throw PythonErrors.typeError("'" + type.getTypeName() + "' object does not support the context manager protocol");
        }
        Object boundExit = Attributes.bindDescriptor(exit, context, type);
        Object value = Calls.call(Attributes.bindDescriptor(enter, context, type));
        return new Object[]{boundExit, value};
    }

    @TruffleBoundary
    private static void exitNormally(Object exit) {
        Calls.call(exit, PNone.NONE, PNone.NONE, PNone.NONE);
    }

    @TruffleBoundary
    private boolean exitWithException(Object exit, PBaseException exception) {
        PythonThreadState thread = SkeinLanguage.get(this).threadState();
        PBaseException outer = thread.handledException();
        thread.setHandledException(exception);
        try {
            Object traceback = exception.traceback() == null ? PNone.NONE : exception.traceback();
            return Truthiness.isTrue(Calls.call(exit, exception.getPythonClass(), exception, traceback));
        } finally {
            thread.setHandledException(outer);
        }
    }
}
