package skein.interpreter.nodes.statements;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ControlFlowException;
import skein.interpreter.nodes.StatementNode;
import skein.interpreter.nodes.control.ReturnSlot;
import skein.interpreter.objects.PBaseException;
import skein.interpreter.runtime.PArguments;
import skein.interpreter.runtime.PythonThreadState;
import skein.interpreter.runtime.exception.PException;

/**
 * {@code try: body finally: cleanup}. The cleanup runs after the body however it ends: normally,
 * by a Python exception, or by return/break/continue; what the cleanup itself raises or returns
 * replaces that ending, as in Python. A pending return value is set aside while the cleanup
 * runs, so that the cleanup's own statements are not cut short by it.
 */
public final class TryFinallyNode extends StatementNode {

    @Child private StatementNode body;
    @Child private StatementNode cleanup;

    public TryFinallyNode(StatementNode body, StatementNode cleanup) {
        this.body = body;
        this.cleanup = cleanup;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        try {
            body.executeVoid(frame);
        } catch (PException e) {
            FrameTraceback.record(frame, e);
            if (runCleanupHandling(frame, e.pythonException())) {
                return;
            }
            throw e;
        } catch (ControlFlowException e) {
            if (runCleanup(frame)) {
                return;
            }
            throw e;
        }
        runCleanup(frame);
    }

    /**
     * The cleanup after an exception: the exception counts as being handled meanwhile, so one the
     * cleanup raises gets it as its {@code __context__}, as in CPython.
     */
    private boolean runCleanupHandling(VirtualFrame frame, PBaseException exception) {
        PythonThreadState thread = PArguments.getThreadState(frame);
        PBaseException outer = thread.handledException();
        thread.setHandledException(exception);
        try {
            return runCleanup(frame);
        } catch (PException raised) {
            PBaseException newException = raised.pythonException();
            if (newException != exception && newException.context() == null) {
                newException.setContext(exception);
            }
            throw raised;
        } finally {
            thread.setHandledException(outer);
        }
    }

    /** Runs the cleanup; true when it executed a return of its own (which ends the try). */
    private boolean runCleanup(VirtualFrame frame) {
        Object pending = ReturnSlot.value(frame);
        ReturnSlot.set(frame, null);
        cleanup.executeVoid(frame);
        if (ReturnSlot.hasReturned(frame)) {
            return true;
        }
        ReturnSlot.set(frame, pending);
        return false;
    }
}
