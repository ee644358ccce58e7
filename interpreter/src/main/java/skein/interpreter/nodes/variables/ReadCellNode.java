package skein.interpreter.nodes.variables;

import com.oracle.truffle.api.frame.VirtualFrame;
import skein.interpreter.nodes.ExpressionNode;
import skein.interpreter.objects.PCell;

/** Reads a variable shared with nested functions: the frame slot holds its cell. */
public final class ReadCellNode extends ExpressionNode {

    private final int slot;
    private final String name;
    private final boolean free;

    /** @param free whether the variable belongs to an enclosing function (for the error message) */
    public ReadCellNode(int slot, String name, boolean free) {
        this.slot = slot;
        this.name = name;
        this.free = free;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        Object value = ((PCell) frame.getObject(slot)).get();
        if (value == null) {
            throw free ? UnboundErrors.unboundFree(name) : UnboundErrors.unboundLocal(name);
        }
        return value;
    }
}
