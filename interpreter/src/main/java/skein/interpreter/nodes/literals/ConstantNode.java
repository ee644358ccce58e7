package skein.interpreter.nodes.literals;

import com.oracle.truffle.api.frame.VirtualFrame;
import skein.interpreter.nodes.ExpressionNode;

/**
 * A literal whose value is immutable and shared by every context: a str, a big int, None,
 * Ellipsis, or a bytes object of the language's bytes type.
 */
public final class ConstantNode extends ExpressionNode {

    private final Object value;

    public ConstantNode(Object value) {
        this.value = value;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        return value;
    }
}
