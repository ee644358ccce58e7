package skein.interpreter.nodes.operators;

import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.NodeChild;
import com.oracle.truffle.api.dsl.Specialization;
import skein.interpreter.nodes.ExpressionNode;
import skein.interpreter.runtime.Operators;

/** {@code +x}. */
@NodeChild(value = "operand", type = ExpressionNode.class)
public abstract class PosNode extends ExpressionNode {

    @Specialization
    protected long posLong(long value) {
        return value;
    }

    @Specialization
    protected double posDouble(double value) {
        return value;
    }

    @Fallback
    protected Object generic(Object value) {
        return Operators.unary(value, "__pos__", "unary +");
    }
}
