package skein.interpreter.nodes.definitions;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import skein.interpreter.nodes.ExpressionNode;
import skein.interpreter.runtime.Calls;

/**
 * A decorated {@code def} or {@code class}: the decorator expressions are evaluated first, top
 * to bottom, then the definition, then the decorators are applied bottom up.
 */
public final class DecoratedNode extends ExpressionNode {

    @Children private final ExpressionNode[] decorators;
    @Child private ExpressionNode definition;

    public DecoratedNode(ExpressionNode[] decorators, ExpressionNode definition) {
        this.decorators = decorators;
        this.definition = definition;
    }

    @Override
    @ExplodeLoop
    public Object execute(VirtualFrame frame) {
        Object[] functions = new Object[decorators.length];
        for (int i = 0; i < decorators.length; i++) {
            functions[i] = decorators[i].execute(frame);
        }
        Object result = definition.execute(frame);
        for (int i = functions.length - 1; i >= 0; i--) {
            result = Calls.call(functions[i], result);
        }
        return result;
    }
}
