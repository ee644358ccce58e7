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
import skein.interpreter.nodes.generators.ResumePoints;
import skein.interpreter.nodes.generators.SuspendException;
import skein.interpreter.objects.generators.DroppedGenerators;
import skein.interpreter.objects.generators.PGenerator;
import skein.interpreter.runtime.PArguments;
import skein.interpreter.runtime.PythonThreadState;

/**
 * {@code for target in iterable: body else: orelse}. The iterator lives in a frame slot, not in
 * the node, because the same node runs in many threads and recursive calls at once; in a
 * generator it stays there while the frame is suspended in the body, and resuming goes back into
 * the body without taking a new item. A loop over a generator it made itself ({@code for x in
 * gen():}) holds the only reference to it, so when the loop ends early the generator is closed
 * there, as CPython's reference counting closes it.
 */
public final class ForNode extends StatementNode {

    static final int ITERABLE = 0;
    static final int BODY = 1;
    static final int ORELSE = 2;

    @Child private ExpressionNode iterable;
    @Child private GetIteratorNode getIterator = GetIteratorNodeGen.create();
    @Child private LoopNode loop;
    @Child private StatementNode orelse;
    private final int iteratorSlot;
    /** The yield points in the iterable, the body and the else-clause; null outside generators. */
    private final ResumePoints resume;
    /** Whether the iterable is a call, whose result only this loop may hold. */
    private final boolean iterableIsTemporary;

    public ForNode(ExpressionNode iterable, AssignTargetNode target, StatementNode body, StatementNode orelse,
                   int iteratorSlot) {
        this(iterable, target, body, orelse, iteratorSlot, null, false);
    }

    public ForNode(ExpressionNode iterable, AssignTargetNode target, StatementNode body, StatementNode orelse,
                   int iteratorSlot, ResumePoints resume, boolean iterableIsTemporary) {
        this.iterableIsTemporary = iterableIsTemporary;
        this.iterable = iterable;
        this.iteratorSlot = iteratorSlot;
        this.loop = Truffle.getRuntime().createLoopNode(new Body(target, body, iteratorSlot, resume));
        this.orelse = orelse;
        this.resume = resume;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        int part = resume == null ? -1 : resume.partToResume(frame);
        if (part == ORELSE) {
            orelse.executeVoid(frame);
            return;
        }
        Object ownGenerator = null;
        if (part != BODY) {
            PythonThreadState thread = PArguments.getThreadState(frame);
            Object madeBefore = iterableIsTemporary ? thread.lastMadeGenerator() : null;
            Object iterator = getIterator.execute(iterable.execute(frame));
            if (iterableIsTemporary && iterator instanceof PGenerator && iterator == thread.lastMadeGenerator()
                    && iterator != madeBefore) {
                ownGenerator = iterator;
            }
            frame.setObject(iteratorSlot, iterator);
        }
        Object outcome;
        boolean suspended = false;
        boolean exhausted = false;
        try {
            outcome = loop.execute(frame);
            exhausted = outcome != Body.BROKEN;
        } catch (SuspendException e) {
            suspended = true;
            throw e;
        } finally {
            if (!suspended) {
                frame.setObject(iteratorSlot, null);
                if (ownGenerator != null && !exhausted) {
                    DroppedGenerators.close((PGenerator) ownGenerator);
                }
            }
        }
        if (exhausted && orelse != null) {
            orelse.executeVoid(frame);
        }
    }

    private static final class Body extends Node implements RepeatingNode {

        static final Object BROKEN = new Object();

        @Child private AssignNextNode assignNext;
        @Child private StatementNode body;
        private final int iteratorSlot;
        private final ResumePoints resume;

        Body(AssignTargetNode target, StatementNode body, int iteratorSlot, ResumePoints resume) {
            this.assignNext = AssignNextNodeGen.create(target);
            this.body = body;
            this.iteratorSlot = iteratorSlot;
            this.resume = resume;
        }

        @Override
        public boolean executeRepeating(VirtualFrame frame) {
            throw new UnsupportedOperationException("executeRepeatingWithValue is used");
        }

        @Override
        public Object executeRepeatingWithValue(VirtualFrame frame) {
            if (resume == null || resume.partToResume(frame) != BODY) {
                if (!assignNext.execute(frame, frame.getObject(iteratorSlot))) {
                    return RepeatingNode.BREAK_LOOP_STATUS;
                }
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
