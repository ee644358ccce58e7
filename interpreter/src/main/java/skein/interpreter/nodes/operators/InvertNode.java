package skein.interpreter.nodes.operators;

import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.NodeChild;
import com.oracle.truffle.api.dsl.Specialization;
import skein.interpreter.nodes.ExpressionNode;
import skein.interpreter.runtime.Operators;

/** {@code ~x}. */
@NodeChild(value = "operand", type = ExpressionNode.class)
public abstract class InvertNode extends ExpressionNode {

    @Specialization
    protected long invertLong(long value) {
        return ~value;
    }

    @Fallback
    protected Object generic(Object value) {
        return Operators.unary(value, "__invert__", "unary ~");
    }
}
