package skein.interpreter.nodes.variables;

import com.oracle.truffle.api.frame.VirtualFrame;
import skein.interpreter.nodes.AssignTargetNode;

/** A function local as an assignment target. */
public final class LocalTargetNode extends AssignTargetNode {

    private final int slot;
    private final String name;
    @Child private WriteLocalNode write;

    public LocalTargetNode(int slot, String name) {
        this.slot = slot;
        this.name = name;
        this.write = WriteLocalNodeGen.create(null, slot);
    }

    @Override
    public void assign(VirtualFrame frame, Object value) {
        write.executeWrite(frame, value);
    }

    @Override
    public void delete(VirtualFrame frame) {
        if (frame.getValue(slot) == null) {
            throw UnboundErrors.unboundLocal(name);
        }
        frame.setObject(slot, null);
    }
}
