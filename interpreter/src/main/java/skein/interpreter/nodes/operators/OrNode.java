package skein.interpreter.nodes.operators;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.profiles.ConditionProfile;
import skein.interpreter.nodes.ExpressionNode;
import skein.interpreter.runtime.ResumeSlots;
import skein.interpreter.runtime.Truthiness;

/** {@code a or b}: the first true operand, or the last. */
public final class OrNode extends ExpressionNode {

    @Child private ExpressionNode left;
    @Child private ExpressionNode right;
    private final ConditionProfile shortCircuit = ConditionProfile.create();
    /** In a generator: a frame resuming inside {@code right} got there before, so the test is not made again. */
    private final boolean resumable;

    public OrNode(ExpressionNode left, ExpressionNode right, boolean resumable) {
        this.left = left;
        this.right = right;
        this.resumable = resumable;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        Object value = left.execute(frame);
        if (resumable && ResumeSlots.isResuming(frame)) {
            return right.execute(frame);
        }
        if (shortCircuit.profile(Truthiness.isTrue(value))) {
            return value;
        }
        return right.execute(frame);
    }
}
