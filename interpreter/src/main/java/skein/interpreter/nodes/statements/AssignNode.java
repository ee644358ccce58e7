package skein.interpreter.nodes.statements;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import skein.interpreter.nodes.AssignTargetNode;
import skein.interpreter.nodes.ExpressionNode;
import skein.interpreter.nodes.StatementNode;

/** {@code t1 = t2 = value}: the value is computed once, then stored left to right. */
public final class AssignNode extends StatementNode {

    @Child private ExpressionNode value;
    @Children private final AssignTargetNode[] targets;

    public AssignNode(ExpressionNode value, AssignTargetNode[] targets) {
        this.value = value;
        this.targets = targets;
    }

    @Override
    @ExplodeLoop
    public void executeVoid(VirtualFrame frame) {
        Object result = value.execute(frame);
        for (AssignTargetNode target : targets) {
            target.assign(frame, result);
        }
    }
}
