package skein.interpreter.nodes.statements;

import com.oracle.truffle.api.Truffle;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.LoopNode;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.nodes.RepeatingNode;
import skein.interpreter.nodes.StatementNode;
import skein.interpreter.nodes.control.BreakException;
import skein.interpreter.nodes.control.ContinueException;
import skein.interpreter.nodes.control.ReturnSlot;
import skein.interpreter.nodes.operators.TruthNode;

/** {@code while test: body else: orelse}. A Truffle loop node, so long loops compile on-stack. */
public final class WhileNode extends StatementNode {

    @Child private LoopNode loop;
    @Child private StatementNode orelse;

    public WhileNode(TruthNode test, StatementNode body, StatementNode orelse) {
        this.loop = Truffle.getRuntime().createLoopNode(new Body(test, body));
        this.orelse = orelse;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        Object outcome = loop.execute(frame);
        if (outcome != Body.BROKEN && orelse != null) {
            orelse.executeVoid(frame);
        }
    }

    private static final class Body extends Node implements RepeatingNode {

        static final Object BROKEN = new Object();

        @Child private TruthNode test;
        @Child private StatementNode body;

        Body(TruthNode test, StatementNode body) {
            this.test = test;
            this.body = body;
        }

        @Override
        public boolean executeRepeating(VirtualFrame frame) {
            throw new UnsupportedOperationException("executeRepeatingWithValue is used");
        }

        @Override
        public Object executeRepeatingWithValue(VirtualFrame frame) {
            if (!test.executeCondition(frame)) {
                return RepeatingNode.BREAK_LOOP_STATUS;
            }
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
