package skein.interpreter.nodes.variables;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.profiles.BranchProfile;
import skein.interpreter.nodes.ExpressionNode;

/** A global name: the module's globals, then the builtins. */
public final class ReadGlobalNode extends ExpressionNode {

    private final String name;
    private final BranchProfile notGlobal = BranchProfile.create();

    public ReadGlobalNode(String name) {
        this.name = name;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        Object value = Globals.of(frame).getItem(name);
        if (value != null) {
            return value;
        }
        notGlobal.enter();
        value = Globals.builtin(frame, name);
        if (value == null) {
            throw UnboundErrors.undefinedName(name);
        }
        return value;
    }
}
