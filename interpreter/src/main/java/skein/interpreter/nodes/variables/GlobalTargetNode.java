package skein.interpreter.nodes.variables;

import com.oracle.truffle.api.frame.VirtualFrame;
import skein.interpreter.nodes.AssignTargetNode;

/** A module global as an assignment target. */
public final class GlobalTargetNode extends AssignTargetNode {

    private final String name;

    public GlobalTargetNode(String name) {
        this.name = name;
    }

    @Override
    public void assign(VirtualFrame frame, Object value) {
        Globals.of(frame).setItem(name, value);
    }

    @Override
    public void delete(VirtualFrame frame) {
        if (Globals.of(frame).removeItem(name) == null) {
            throw UnboundErrors.undefinedName(name);
        }
    }
}
