package skein.interpreter.nodes.statements;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ControlFlowException;
import skein.interpreter.nodes.StatementNode;
import skein.interpreter.nodes.control.ReturnSlot;
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
            if (runCleanup(frame)) {
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
