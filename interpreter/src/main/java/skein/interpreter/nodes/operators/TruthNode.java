package skein.interpreter.nodes.operators;

import com.oracle.truffle.api.dsl.NodeChild;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.frame.VirtualFrame;
import skein.interpreter.nodes.ExpressionNode;
import skein.interpreter.runtime.Truthiness;

/** The truth of a condition ({@code if}, {@code while}, {@code and}...), unboxed. */
@NodeChild(value = "operand", type = ExpressionNode.class)
public abstract class TruthNode extends ExpressionNode {

    public abstract boolean executeCondition(VirtualFrame frame);

    @Specialization
    protected boolean doBoolean(boolean value) {
        return value;
    }

    @Specialization
    protected boolean doLong(long value) {
        return value != 0;
    }

    @Specialization
    protected boolean doObject(Object value) {
        return Truthiness.isTrue(value);
    }
}
