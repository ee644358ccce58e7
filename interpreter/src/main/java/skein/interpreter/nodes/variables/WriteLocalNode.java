package skein.interpreter.nodes.variables;

import com.oracle.truffle.api.dsl.NodeChild;
import com.oracle.truffle.api.dsl.NodeField;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.frame.FrameSlotKind;
import com.oracle.truffle.api.frame.VirtualFrame;
import skein.interpreter.nodes.ExpressionNode;

/**
 * Stores into a local's frame slot, keeping ints, floats and bools unboxed while the slot has
 * only ever held one kind. Returns the value so that assignment chains can reuse it.
 */
@NodeChild(value = "valueNode", type = ExpressionNode.class)
@NodeField(name = "slot", type = int.class)
public abstract class WriteLocalNode extends ExpressionNode {

    protected abstract int getSlot();

    public abstract Object executeWrite(VirtualFrame frame, Object value);

    @Specialization(guards = "isKind(frame, LONG_KIND)")
    protected long writeLong(VirtualFrame frame, long value) {
        frame.setLong(getSlot(), value);
        return value;
    }

    @Specialization(guards = "isKind(frame, DOUBLE_KIND)")
    protected double writeDouble(VirtualFrame frame, double value) {
        frame.setDouble(getSlot(), value);
        return value;
    }

    @Specialization(guards = "isKind(frame, BOOLEAN_KIND)")
    protected boolean writeBoolean(VirtualFrame frame, boolean value) {
        frame.setBoolean(getSlot(), value);
        return value;
    }

    @Specialization(replaces = {"writeLong", "writeDouble", "writeBoolean"})
    protected Object writeObject(VirtualFrame frame, Object value) {
        frame.getFrameDescriptor().setSlotKind(getSlot(), FrameSlotKind.Object);
        frame.setObject(getSlot(), value);
        return value;
    }

    protected static final FrameSlotKind LONG_KIND = FrameSlotKind.Long;
    protected static final FrameSlotKind DOUBLE_KIND = FrameSlotKind.Double;
    protected static final FrameSlotKind BOOLEAN_KIND = FrameSlotKind.Boolean;

    /** The slot has held only this kind so far (or nothing yet, which claims it for this kind). */
    protected boolean isKind(VirtualFrame frame, FrameSlotKind kind) {
        var descriptor = frame.getFrameDescriptor();
        FrameSlotKind current = descriptor.getSlotKind(getSlot());
        if (current == kind) {
            return true;
        }
        if (current == FrameSlotKind.Illegal) {
            descriptor.setSlotKind(getSlot(), kind);
            return true;
        }
        return false;
    }
}
