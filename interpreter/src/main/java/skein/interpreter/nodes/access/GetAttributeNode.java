package skein.interpreter.nodes.access;

import com.oracle.truffle.api.frame.VirtualFrame;
import skein.interpreter.nodes.ExpressionNode;
import skein.interpreter.runtime.Attributes;

/** {@code obj.name}. */
public final class GetAttributeNode extends ExpressionNode {

    @Child private ExpressionNode object;
    private final String name;

    public GetAttributeNode(ExpressionNode object, String name) {
        this.object = object;
        this.name = name;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        return Attributes.get(object.execute(frame), name);
    }
}
