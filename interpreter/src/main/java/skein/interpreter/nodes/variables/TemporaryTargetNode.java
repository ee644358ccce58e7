package skein.interpreter.nodes.variables;

import com.oracle.truffle.api.frame.VirtualFrame;
import skein.interpreter.nodes.AssignTargetNode;

/** A slot of the translator's own as an assignment target: the value is stored as it is, to be read back once. */
public final class TemporaryTargetNode extends AssignTargetNode {

    private final int slot;

    public TemporaryTargetNode(int slot) {
        this.slot = slot;
    }

    @Override
    public void assign(VirtualFrame frame, Object value) {
        frame.setObject(slot, value);
    }

    @Override
    public void delete(VirtualFrame frame) {
        frame.setObject(slot, null);
    }
}
