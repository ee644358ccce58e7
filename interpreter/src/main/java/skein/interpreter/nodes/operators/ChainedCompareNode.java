package skein.interpreter.nodes.operators;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import skein.interpreter.nodes.ExpressionNode;
import skein.interpreter.runtime.ResumeSlots;
import skein.interpreter.runtime.Truthiness;

/**
 * {@code a < b <= c}: each middle operand is evaluated once; the chain stops at the first
 * false comparison and yields its result.
 */
public final class ChainedCompareNode extends ExpressionNode {

    @Children private final ExpressionNode[] operands;
    @Children private final BinaryNode[] comparisons;
    /**
     * In a generator: a frame resuming inside a later operand made the comparisons before it,
     * and they were true, so they are not made again.
     */
    private final boolean resumable;

    /** {@code comparisons[i]} compares operands i and i+1; built without children of their own. */
    public ChainedCompareNode(ExpressionNode[] operands, BinaryNode[] comparisons, boolean resumable) {
        this.operands = operands;
        this.comparisons = comparisons;
        this.resumable = resumable;
    }

    @Override
    @ExplodeLoop
    public Object execute(VirtualFrame frame) {
        Object left = operands[0].execute(frame);
        Object result = Boolean.TRUE;
        for (int i = 0; i < comparisons.length; i++) {
            Object right = operands[i + 1].execute(frame);
            if (resumable && ResumeSlots.isResuming(frame)) {
                left = right;
                continue;
            }
            result = comparisons[i].executeWith(left, right);
            if (i < comparisons.length - 1 && !Truthiness.isTrue(result)) {
                return result;
            }
            left = right;
        }
        return result;
    }
}
