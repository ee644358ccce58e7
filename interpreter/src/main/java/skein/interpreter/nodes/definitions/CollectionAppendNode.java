package skein.interpreter.nodes.definitions;

import com.oracle.truffle.api.frame.VirtualFrame;
import skein.interpreter.nodes.ExpressionNode;
import skein.interpreter.nodes.StatementNode;
import skein.interpreter.objects.PBaseSet;
import skein.interpreter.objects.PDict;
import skein.interpreter.objects.PList;

/** The innermost step of a comprehension: add an element (or a key and value) to the result being built. */
public final class CollectionAppendNode extends StatementNode {

    private final int resultSlot;
    @Child private ExpressionNode element;
    /** For a dict comprehension, the value; null otherwise. */
    @Child private ExpressionNode value;

    public CollectionAppendNode(int resultSlot, ExpressionNode element, ExpressionNode value) {
        this.resultSlot = resultSlot;
        this.element = element;
        this.value = value;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        Object result = frame.getObject(resultSlot);
        if (result instanceof PList list) {
            list.append(element.execute(frame));
        } else if (result instanceof PDict dict) {
            Object key = element.execute(frame);
            dict.setItem(key, value.execute(frame));
        } else {
            ((PBaseSet) result).addKey(element.execute(frame));
        }
    }
}
