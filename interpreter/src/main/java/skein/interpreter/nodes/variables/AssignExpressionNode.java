package skein.interpreter.nodes.variables;

import com.oracle.truffle.api.frame.VirtualFrame;
import skein.interpreter.nodes.AssignTargetNode;
import skein.interpreter.nodes.ExpressionNode;

/** {@code (name := value)}: stores and yields the value. */
public final class AssignExpressionNode extends ExpressionNode {

    @Child private AssignTargetNode target;
    @Child private ExpressionNode value;

    public AssignExpressionNode(AssignTargetNode target, ExpressionNode value) {
        this.target = target;
        this.value = value;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        Object result = value.execute(frame);
        target.assign(frame, result);
        return result;
    }
}
