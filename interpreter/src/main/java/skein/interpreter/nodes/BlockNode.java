package skein.interpreter.nodes;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import skein.interpreter.nodes.control.ReturnSlot;
import skein.interpreter.nodes.generators.ResumePoints;
import skein.interpreter.runtime.exception.PException;

/**
 * A sequence of statements. It stops early when a {@code return} has filled the return slot.
 * An exception leaving a statement notes that statement's line: the innermost block it crosses
 * in a frame gives the line the traceback shows for that frame. In a generator, a block resumes
 * at the statement its frame suspended in.
 */
public final class BlockNode extends StatementNode {

    @Children private final StatementNode[] statements;
    /** The yield points in each statement; null outside generators. */
    private final ResumePoints resume;

    public BlockNode(StatementNode[] statements) {
        this(statements, null);
    }

    public BlockNode(StatementNode[] statements, ResumePoints resume) {
        this.statements = statements;
        this.resume = resume;
    }

    @Override
    @ExplodeLoop
    public void executeVoid(VirtualFrame frame) {
        int start = resume == null ? 0 : Math.max(0, resume.partToResume(frame));
        for (int i = 0; i < statements.length; i++) {
            if (i < start) {
                continue;
            }
            StatementNode statement = statements[i];
            try {
                statement.executeVoid(frame);
            } catch (PException e) {
                e.noteLine(statement.line());
                throw e;
            }
            if (ReturnSlot.hasReturned(frame)) {
                return;
            }
        }
    }
}
