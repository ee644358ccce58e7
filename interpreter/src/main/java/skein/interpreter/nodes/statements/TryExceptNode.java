package skein.interpreter.nodes.statements;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import skein.interpreter.nodes.StatementNode;
import skein.interpreter.nodes.generators.ResumePoints;
import skein.interpreter.runtime.exception.PException;

/**
 * {@code try: body except ...: ... else: orelse}. A {@code finally} wraps this in a
 * {@link TryFinallyNode}. In a generator, the exception being handled is kept in a frame slot,
 * so that a frame suspended inside a handler resumes there with it.
 */
public final class TryExceptNode extends StatementNode {

    @Child private StatementNode body;
    @Children private final ExceptHandlerNode[] handlers;
    @Child private StatementNode orelse;
    /** The yield points in the body, in each handler, then in the else-clause; null outside generators. */
    private final ResumePoints resume;
    /** Where a generator keeps the exception its handlers are matching; -1 outside generators. */
    private final int exceptionSlot;

    public TryExceptNode(StatementNode body, ExceptHandlerNode[] handlers, StatementNode orelse) {
        this(body, handlers, orelse, null, -1);
    }

    public TryExceptNode(StatementNode body, ExceptHandlerNode[] handlers, StatementNode orelse, ResumePoints resume,
                         int exceptionSlot) {
        this.body = body;
        this.handlers = handlers;
        this.orelse = orelse;
        this.resume = resume;
        this.exceptionSlot = exceptionSlot;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        int part = resume == null ? -1 : resume.partToResume(frame);
        if (part > handlers.length) {
            orelse.executeVoid(frame);
            return;
        }
        if (part > 0) {
            PException caught = (PException) frame.getObject(exceptionSlot);
            if (!handle(frame, caught, part - 1)) {
                throw caught;
            }
            return;
        }
        try {
            body.executeVoid(frame);
        } catch (PException e) {
            FrameTraceback.record(frame, e);
            if (resume != null) {
                frame.setObject(exceptionSlot, e);
            }
            if (handle(frame, e, 0)) {
                return;
            }
            throw e;
        }
        if (orelse != null) {
            orelse.executeVoid(frame);
        }
    }

    /** Tries the handlers from {@code first} on; a generator resuming in one goes straight back into it. */
    @ExplodeLoop
    private boolean handle(VirtualFrame frame, PException caught, int first) {
        for (int i = 0; i < handlers.length; i++) {
            if (i < first) {
                continue;
            }
            ExceptHandlerNode handler = handlers[i];
            if (handler.isResumingInBody(frame)) {
                handler.handle(frame, caught.pythonException(), true);
                return true;
            }
            if (handler.matches(frame, caught.pythonException())) {
                handler.handle(frame, caught.pythonException(), false);
                return true;
            }
        }
        return false;
    }
}
