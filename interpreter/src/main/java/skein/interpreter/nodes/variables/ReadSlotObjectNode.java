package skein.interpreter.nodes.variables;

import com.oracle.truffle.api.frame.VirtualFrame;
import skein.interpreter.nodes.ExpressionNode;

/** The raw content of a frame slot: a class body hands its {@code __class__} cell itself to {@code type.__new__}. */
public final class ReadSlotObjectNode extends ExpressionNode {

    private final int slot;

    public ReadSlotObjectNode(int slot) {
        this.slot = slot;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        return frame.getObject(slot);
    }
}
