package skein.interpreter.nodes;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import skein.interpreter.nodes.control.ReturnSlot;
import skein.interpreter.runtime.exception.PException;

/**
 * A sequence of statements. It stops early when a {@code return} has filled the return slot.
 * An exception leaving a statement notes that statement's line: the innermost block it crosses
 * in a frame gives the line the traceback shows for that frame.
 */
public final class BlockNode extends StatementNode {

    @Children private final StatementNode[] statements;

    public BlockNode(StatementNode[] statements) {
        this.statements = statements;
    }

    @Override
    @ExplodeLoop
    public void executeVoid(VirtualFrame frame) {
        for (StatementNode statement : statements) {
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
