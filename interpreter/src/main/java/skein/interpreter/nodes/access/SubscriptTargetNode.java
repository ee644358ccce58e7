package skein.interpreter.nodes.access;

import com.oracle.truffle.api.frame.VirtualFrame;
import skein.interpreter.nodes.AssignTargetNode;
import skein.interpreter.nodes.ExpressionNode;
import skein.interpreter.runtime.Subscripts;

/** {@code obj[key] = value} and {@code del obj[key]}. */
public final class SubscriptTargetNode extends AssignTargetNode {

    @Child private ExpressionNode object;
    @Child private ExpressionNode key;

    public SubscriptTargetNode(ExpressionNode object, ExpressionNode key) {
        this.object = object;
        this.key = key;
    }

    @Override
    public void assign(VirtualFrame frame, Object value) {
        Object target = object.execute(frame);
        Object index = key.execute(frame);
        Subscripts.setItem(target, index, value);
    }

    @Override
    public void delete(VirtualFrame frame) {
        Object target = object.execute(frame);
        Subscripts.deleteItem(target, key.execute(frame));
    }
}
