package skein.interpreter.nodes.statements;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import skein.interpreter.nodes.StatementNode;
import skein.interpreter.objects.PBaseException;
import skein.interpreter.runtime.exception.PException;

/** {@code try: body except ...: ... else: orelse}. A {@code finally} wraps this in a {@link TryFinallyNode}. */
public final class TryExceptNode extends StatementNode {

    @Child private StatementNode body;
    @Children private final ExceptHandlerNode[] handlers;
    @Child private StatementNode orelse;

    public TryExceptNode(StatementNode body, ExceptHandlerNode[] handlers, StatementNode orelse) {
        this.body = body;
        this.handlers = handlers;
        this.orelse = orelse;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        try {
            body.executeVoid(frame);
        } catch (PException e) {
            FrameTraceback.record(frame, e);
            if (handle(frame, e.pythonException())) {
                return;
            }
            throw e;
        }
        if (orelse != null) {
            orelse.executeVoid(frame);
        }
    }

    @ExplodeLoop
    private boolean handle(VirtualFrame frame, PBaseException exception) {
        for (ExceptHandlerNode handler : handlers) {
            if (handler.matches(frame, exception)) {
                handler.handle(frame, exception);
                return true;
            }
        }
        return false;
    }
}
