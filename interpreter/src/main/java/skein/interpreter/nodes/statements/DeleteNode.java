package skein.interpreter.nodes.statements;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import skein.interpreter.nodes.AssignTargetNode;
import skein.interpreter.nodes.StatementNode;

/** {@code del a, b.x, c[0]}. */
public final class DeleteNode extends StatementNode {

    @Children private final AssignTargetNode[] targets;

    public DeleteNode(AssignTargetNode[] targets) {
        this.targets = targets;
    }

    @Override
    @ExplodeLoop
    public void executeVoid(VirtualFrame frame) {
        for (AssignTargetNode target : targets) {
            target.delete(frame);
        }
    }
}
