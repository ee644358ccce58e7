package skein.interpreter.nodes.generators;

import com.oracle.truffle.api.frame.VirtualFrame;
import skein.interpreter.nodes.ExpressionNode;
import skein.interpreter.runtime.ResumeSlots;

/**
 * An operand evaluated before a yield point in the same expression ({@code f(a, (yield b))}):
 * its value is kept in a frame slot, so that when the frame resumes at that yield the operand is
 * read back rather than evaluated a second time. An operand that holds yield points itself is
 * re-entered when the resume target is one of them.
 */
public final class SavedValueNode extends ExpressionNode {

    @Child private ExpressionNode operand;
    private final int slot;
    /** The yield points inside the operand: [first, end). */
    private final int first;
    private final int end;

    public SavedValueNode(ExpressionNode operand, int slot, int first, int end) {
        this.operand = operand;
        this.slot = slot;
        this.first = first;
        this.end = end;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        int target = frame.getIntStatic(ResumeSlots.TARGET);
        if (target != ResumeSlots.RUNNING && (target < first || target >= end)) {
            return frame.getObject(slot);
        }
        Object value = operand.execute(frame);
        frame.setObject(slot, value);
        return value;
    }
}
