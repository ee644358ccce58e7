package skein.interpreter.nodes.statements;

import com.oracle.truffle.api.frame.VirtualFrame;
import skein.interpreter.nodes.ExpressionNode;
import skein.interpreter.nodes.StatementNode;
import skein.interpreter.nodes.access.GetItemNode;
import skein.interpreter.nodes.operators.BinaryNode;
import skein.interpreter.runtime.Attributes;
import skein.interpreter.runtime.ResumeSlots;
import skein.interpreter.runtime.Subscripts;

/**
 * {@code obj.name op= value} and {@code obj[key] op= value}: the object (and key) are evaluated
 * once, as CPython does. In a generator whose value suspends, the current value read before it
 * is kept in a frame slot and read back on resume.
 */
public final class AugmentedItemAssignNode extends StatementNode {

    @Child private ExpressionNode object;
    /** Null for an attribute target. */
    @Child private ExpressionNode key;
    private final String attribute;
    @Child private ExpressionNode value;
    @Child private BinaryNode operation;
    @Child private GetItemNode getItem;
    /** Where the current value waits while the value suspends; -1 when it cannot. */
    private final int currentSlot;

    public AugmentedItemAssignNode(ExpressionNode object, ExpressionNode key, String attribute, ExpressionNode value,
                                   BinaryNode operation, GetItemNode getItem, int currentSlot) {
        this.object = object;
        this.key = key;
        this.attribute = attribute;
        this.value = value;
        this.operation = operation;
        this.getItem = getItem;
        this.currentSlot = currentSlot;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        Object target = object.execute(frame);
        Object index = key == null ? null : key.execute(frame);
        Object current;
        if (currentSlot >= 0 && ResumeSlots.isResuming(frame)) {
            current = frame.getObject(currentSlot);
        } else {
            current = key == null ? Attributes.get(target, attribute) : getItem.executeWith(target, index);
            if (currentSlot >= 0) {
                frame.setObject(currentSlot, current);
            }
        }
        Object result = operation.executeWith(current, value.execute(frame));
        if (key == null) {
            Attributes.set(target, attribute, result);
        } else {
            Subscripts.setItem(target, index, result);
        }
    }
}
