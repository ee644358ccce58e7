package skein.interpreter.nodes.generators;

import com.oracle.truffle.api.frame.VirtualFrame;
import skein.interpreter.nodes.ExpressionNode;
import skein.interpreter.nodes.statements.AsyncForNode;

/** The async iterator of an async comprehension's outermost iterable, taken in the enclosing scope. */
public final class GetAsyncIteratorNode extends ExpressionNode {

    @Child private ExpressionNode iterable;

    public GetAsyncIteratorNode(ExpressionNode iterable) {
        this.iterable = iterable;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        return AsyncForNode.asyncIterator(iterable.execute(frame));
    }
}
