package skein.interpreter.nodes.statements;

import com.oracle.truffle.api.frame.VirtualFrame;
import skein.interpreter.nodes.AssignTargetNode;
import skein.interpreter.nodes.ExpressionNode;
import skein.interpreter.nodes.StatementNode;
import skein.interpreter.nodes.operators.BinaryNode;

/**
 * {@code target op= value} for a target with no sub-expressions to keep (a name): reads it,
 * applies the in-place operator, stores it back.
 */
public final class AugmentedAssignNode extends StatementNode {

    @Child private ExpressionNode read;
    @Child private ExpressionNode value;
    @Child private BinaryNode operation;
    @Child private AssignTargetNode target;

    public AugmentedAssignNode(ExpressionNode read, ExpressionNode value, BinaryNode operation, AssignTargetNode target) {
        this.read = read;
        this.value = value;
        this.operation = operation;
        this.target = target;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        Object current = read.execute(frame);
        Object operand = value.execute(frame);
        target.assign(frame, operation.executeWith(current, operand));
    }
}
