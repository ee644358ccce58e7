package skein.interpreter.nodes.operators;

import com.oracle.truffle.api.dsl.NodeChild;
import skein.interpreter.nodes.ExpressionNode;

/** An expression with a left and a right operand, both evaluated before the operation. */
@NodeChild(value = "left", type = ExpressionNode.class)
@NodeChild(value = "right", type = ExpressionNode.class)
public abstract class BinaryNode extends ExpressionNode {

    /** The operation applied to values already computed (augmented assignment uses this). */
    public abstract Object executeWith(Object left, Object right);
}
