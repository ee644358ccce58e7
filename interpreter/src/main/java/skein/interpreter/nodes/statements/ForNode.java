package skein.interpreter.nodes.statements;

import com.oracle.truffle.api.Truffle;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.LoopNode;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.nodes.RepeatingNode;
import skein.interpreter.nodes.AssignTargetNode;
import skein.interpreter.nodes.ExpressionNode;
import skein.interpreter.nodes.StatementNode;
import skein.interpreter.nodes.control.BreakException;
import skein.interpreter.nodes.control.ContinueException;
import skein.interpreter.nodes.control.ReturnSlot;

/**
 * {@code for target in iterable: body else: orelse}. The iterator lives in a frame slot, not in
 * the node, because the same node runs in many threads and recursive calls at once.
 */
public final class ForNode extends StatementNode {

    @Child private ExpressionNode iterable;
    @Child private GetIteratorNode getIterator = GetIteratorNodeGen.create();
    @Child private LoopNode loop;
    @Child private StatementNode orelse;
    private final int iteratorSlot;

    public ForNode(ExpressionNode iterable, AssignTargetNode target, StatementNode body, StatementNode orelse,
                   int iteratorSlot) {
        this.iterable = iterable;
        this.iteratorSlot = iteratorSlot;
        this.loop = Truffle.getRuntime().createLoopNode(new Body(target, body, iteratorSlot));
        this.orelse = orelse;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        frame.setObject(iteratorSlot, getIterator.execute(iterable.execute(frame)));
        Object outcome;
        try {
            outcome = loop.execute(frame);
        } finally {
            frame.setObject(iteratorSlot, null);
        }
        if (outcome != Body.BROKEN && orelse != null) {
            orelse.executeVoid(frame);
        }
    }

    private static final class Body extends Node implements RepeatingNode {

        static final Object BROKEN = new Object();

        @Child private AssignTargetNode target;
        @Child private StatementNode body;
        @Child private NextNode next = NextNodeGen.create();
        private final int iteratorSlot;

        Body(AssignTargetNode target, StatementNode body, int iteratorSlot) {
            this.target = target;
            this.body = body;
            this.iteratorSlot = iteratorSlot;
        }

        @Override
        public boolean executeRepeating(VirtualFrame frame) {
            throw new UnsupportedOperationException("executeRepeatingWithValue is used");
        }

        @Override
        public Object executeRepeatingWithValue(VirtualFrame frame) {
            Object item = next.execute(frame.getObject(iteratorSlot));
            if (item == null) {
                return RepeatingNode.BREAK_LOOP_STATUS;
            }
            target.assign(frame, item);
            try {
                body.executeVoid(frame);
            } catch (ContinueException e) {
                return RepeatingNode.CONTINUE_LOOP_STATUS;
            } catch (BreakException e) {
                return BROKEN;
            }
            return ReturnSlot.hasReturned(frame) ? BROKEN : RepeatingNode.CONTINUE_LOOP_STATUS;
        }
    }
}
