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
import skein.interpreter.nodes.generators.ResumePoints;
import skein.interpreter.nodes.operators.TruthNode;

/**
 * {@code while test: body else: orelse}. A Truffle loop node, so long loops compile on-stack.
 * A generator resuming inside the body goes back into it without testing first.
 */
public final class WhileNode extends StatementNode {

    static final int TEST = 0;
    static final int BODY = 1;
    static final int ORELSE = 2;

    @Child private LoopNode loop;
    @Child private StatementNode orelse;
    /** The yield points in the test, the body and the else-clause; null outside generators. */
    private final ResumePoints resume;

    public WhileNode(TruthNode test, StatementNode body, StatementNode orelse) {
        this(test, body, orelse, null);
    }

    public WhileNode(TruthNode test, StatementNode body, StatementNode orelse, ResumePoints resume) {
        this.loop = Truffle.getRuntime().createLoopNode(new Body(test, body, resume));
        this.orelse = orelse;
        this.resume = resume;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        if (resume != null && resume.partToResume(frame) == ORELSE) {
            orelse.executeVoid(frame);
            return;
        }
        Object outcome = loop.execute(frame);
        if (outcome != Body.BROKEN && orelse != null) {
            orelse.executeVoid(frame);
        }
    }

    private static final class Body extends Node implements RepeatingNode {

        static final Object BROKEN = new Object();

        @Child private TruthNode test;
        @Child private StatementNode body;
        private final ResumePoints resume;

        Body(TruthNode test, StatementNode body, ResumePoints resume) {
            this.test = test;
            this.body = body;
            this.resume = resume;
        }

        @Override
        public boolean executeRepeating(VirtualFrame frame) {
            throw new UnsupportedOperationException("executeRepeatingWithValue is used");
        }

        @Override
        public Object executeRepeatingWithValue(VirtualFrame frame) {
            boolean resumingBody = resume != null && resume.partToResume(frame) == BODY;
            if (!resumingBody && !test.executeCondition(frame)) {
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
