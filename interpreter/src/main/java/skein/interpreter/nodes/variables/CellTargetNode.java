package skein.interpreter.nodes.variables;

import com.oracle.truffle.api.frame.VirtualFrame;
import skein.interpreter.nodes.AssignTargetNode;
import skein.interpreter.objects.PCell;

/** A variable shared with nested functions, as an assignment target. */
public final class CellTargetNode extends AssignTargetNode {

    private final int slot;
    private final String name;
    private final boolean free;

    public CellTargetNode(int slot, String name, boolean free) {
        this.slot = slot;
        this.name = name;
        this.free = free;
    }

    @Override
    public void assign(VirtualFrame frame, Object value) {
        ((PCell) frame.getObject(slot)).set(value);
    }

    @Override
    public void delete(VirtualFrame frame) {
        PCell cell = (PCell) frame.getObject(slot);
        if (cell.get() == null) {
            throw free ? UnboundErrors.unboundFree(name) : UnboundErrors.unboundLocal(name);
        }
        cell.set(null);
    }
}
