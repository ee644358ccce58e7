package skein.interpreter.nodes.collections;

import com.oracle.truffle.api.frame.VirtualFrame;
import skein.interpreter.SkeinLanguage;
import skein.interpreter.nodes.ExpressionNode;
import skein.interpreter.objects.PTuple;

/** {@code (a, *b, c)}. */
public final class TupleDisplayNode extends ExpressionNode {

    @Child private SequenceItemsNode items;

    public TupleDisplayNode(SequenceItemsNode items) {
        this.items = items;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        return new PTuple(SkeinLanguage.get(this).setup().types().tupleType, items.execute(frame));
    }
}
