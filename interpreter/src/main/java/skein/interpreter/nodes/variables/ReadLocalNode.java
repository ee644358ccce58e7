package skein.interpreter.nodes.variables;

import com.oracle.truffle.api.dsl.NodeField;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.frame.VirtualFrame;
import skein.interpreter.nodes.ExpressionNode;

/** Reads a function's local variable from its frame slot. */
@NodeField(name = "slot", type = int.class)
@NodeField(name = "name", type = String.class)
public abstract class ReadLocalNode extends ExpressionNode {

    protected abstract int getSlot();

    protected abstract String getName();

    @Specialization(guards = "frame.isLong(getSlot())")
    protected long readLong(VirtualFrame frame) {
        return frame.getLong(getSlot());
    }

    @Specialization(guards = "frame.isDouble(getSlot())")
    protected double readDouble(VirtualFrame frame) {
        return frame.getDouble(getSlot());
    }

    @Specialization(guards = "frame.isBoolean(getSlot())")
    protected boolean readBoolean(VirtualFrame frame) {
        return frame.getBoolean(getSlot());
    }

    @Specialization(replaces = {"readLong", "readDouble", "readBoolean"})
    protected Object readObject(VirtualFrame frame) {
        Object value = frame.getValue(getSlot());
        if (value == null) {
            throw UnboundErrors.unboundLocal(getName());
        }
        return value;
    }
}
