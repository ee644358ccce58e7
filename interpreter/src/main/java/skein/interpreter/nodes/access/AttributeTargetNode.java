package skein.interpreter.nodes.access;

import com.oracle.truffle.api.frame.VirtualFrame;
import skein.interpreter.nodes.AssignTargetNode;
import skein.interpreter.nodes.ExpressionNode;
import skein.interpreter.runtime.Attributes;

/** {@code obj.name = value} and {@code del obj.name}. */
public final class AttributeTargetNode extends AssignTargetNode {

    @Child private ExpressionNode object;
    private final String name;

    public AttributeTargetNode(ExpressionNode object, String name) {
        this.object = object;
        this.name = name;
    }

    @Override
    public void assign(VirtualFrame frame, Object value) {
        Attributes.set(object.execute(frame), name, value);
    }

    @Override
    public void delete(VirtualFrame frame) {
        Attributes.delete(object.execute(frame), name);
    }
}
