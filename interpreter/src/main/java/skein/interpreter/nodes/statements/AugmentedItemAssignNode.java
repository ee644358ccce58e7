package skein.interpreter.nodes.statements;

import com.oracle.truffle.api.frame.VirtualFrame;
import skein.interpreter.nodes.ExpressionNode;
import skein.interpreter.nodes.StatementNode;
import skein.interpreter.nodes.access.GetItemNode;
import skein.interpreter.nodes.operators.BinaryNode;
import skein.interpreter.runtime.Attributes;
import skein.interpreter.runtime.Subscripts;

/**
 * {@code obj.name op= value} and {@code obj[key] op= value}: the object (and key) are evaluated
 * once, as CPython does.
 */
public final class AugmentedItemAssignNode extends StatementNode {

    @Child private ExpressionNode object;
    /** Null for an attribute target. */
    @Child private ExpressionNode key;
    private final String attribute;
    @Child private ExpressionNode value;
    @Child private BinaryNode operation;
    @Child private GetItemNode getItem;

    public AugmentedItemAssignNode(ExpressionNode object, ExpressionNode key, String attribute, ExpressionNode value,
                                   BinaryNode operation, GetItemNode getItem) {
        this.object = object;
        this.key = key;
        this.attribute = attribute;
        this.value = value;
        this.operation = operation;
        this.getItem = getItem;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        Object target = object.execute(frame);
        if (key == null) {
            Object current = Attributes.get(target, attribute);
            Object result = operation.executeWith(current, value.execute(frame));
            Attributes.set(target, attribute, result);
        } else {
            Object index = key.execute(frame);
            Object current = getItem.executeWith(target, index);
            Object result = operation.executeWith(current, value.execute(frame));
            Subscripts.setItem(target, index, result);
        }
    }
}
