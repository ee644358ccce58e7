package skein.interpreter.nodes.operators;

import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.NodeChild;
import com.oracle.truffle.api.dsl.Specialization;
import skein.interpreter.nodes.ExpressionNode;
import skein.interpreter.runtime.IntOps;
import skein.interpreter.runtime.Operators;

/** {@code -x}. */
@NodeChild(value = "operand", type = ExpressionNode.class)
public abstract class NegNode extends ExpressionNode {

    @Specialization(guards = "value != MIN")
    protected long negLong(long value) {
        return -value;
    }

    @Specialization
    protected Object negLongMin(long value) {
        return IntOps.negate(value);
    }

    @Specialization
    protected double negDouble(double value) {
        return -value;
    }

    @Fallback
    protected Object generic(Object value) {
        return Operators.unary(value, "__neg__", "unary -");
    }

    protected static final long MIN = Long.MIN_VALUE;
}
