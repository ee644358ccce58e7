package skein.interpreter.nodes.statements;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ControlFlowException;
import skein.interpreter.nodes.StatementNode;
import skein.interpreter.runtime.exception.PException;

/**
 * {@code try: body finally: cleanup}. The cleanup runs after the body however it ends: normally,
 * by a Python exception, or by return/break/continue; what the cleanup itself raises or returns
 * replaces that ending, as in Python.
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
            cleanup.executeVoid(frame);
            throw e;
        } catch (ControlFlowException e) {
            cleanup.executeVoid(frame);
            throw e;
        }
        cleanup.executeVoid(frame);
    }
}
