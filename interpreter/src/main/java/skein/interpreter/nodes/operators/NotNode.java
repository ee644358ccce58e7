package skein.interpreter.nodes.operators;

import com.oracle.truffle.api.dsl.NodeChild;
import com.oracle.truffle.api.dsl.Specialization;
import skein.interpreter.nodes.ExpressionNode;
import skein.interpreter.runtime.Truthiness;

/** {@code not x}. */
@NodeChild(value = "operand", type = ExpressionNode.class)
public abstract class NotNode extends ExpressionNode {

    @Specialization
    protected boolean doBoolean(boolean value) {
        return !value;
    }

    @Specialization
    protected boolean doObject(Object value) {
        return !Truthiness.isTrue(value);
    }
}
