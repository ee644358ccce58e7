package skein.interpreter.nodes.collections;

import com.oracle.truffle.api.frame.VirtualFrame;
import skein.interpreter.SkeinLanguage;
import skein.interpreter.nodes.ExpressionNode;
import skein.interpreter.objects.PList;

/** {@code [a, *b, c]}. */
public final class ListDisplayNode extends ExpressionNode {

    @Child private SequenceItemsNode items;

    public ListDisplayNode(SequenceItemsNode items) {
        this.items = items;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        return new PList(SkeinLanguage.get(this).setup().types().listType, items.execute(frame));
    }
}
