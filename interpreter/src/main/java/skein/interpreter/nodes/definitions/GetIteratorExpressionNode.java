package skein.interpreter.nodes.definitions;

import com.oracle.truffle.api.frame.VirtualFrame;
import skein.interpreter.nodes.ExpressionNode;
import skein.interpreter.nodes.statements.GetIteratorNode;
import skein.interpreter.nodes.statements.GetIteratorNodeGen;

/** {@code iter(x)} of a comprehension's first iterable, evaluated in the enclosing scope. */
public final class GetIteratorExpressionNode extends ExpressionNode {

    @Child private ExpressionNode iterable;
    @Child private GetIteratorNode getIterator = GetIteratorNodeGen.create();

    public GetIteratorExpressionNode(ExpressionNode iterable) {
        this.iterable = iterable;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        return getIterator.execute(iterable.execute(frame));
    }
}
