package skein.interpreter.nodes.collections;

import com.oracle.truffle.api.frame.VirtualFrame;
import skein.interpreter.SkeinLanguage;
import skein.interpreter.nodes.ExpressionNode;
import skein.interpreter.objects.PSet;

/** {@code {a, *b, c}}: elements added left to right, as CPython builds it. */
public final class SetDisplayNode extends ExpressionNode {

    @Child private SequenceItemsNode items;

    public SetDisplayNode(SequenceItemsNode items) {
        this.items = items;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        PSet set = new PSet(SkeinLanguage.get(this).setup().types().setType);
        for (Object item : items.execute(frame)) {
            set.addKey(item);
        }
        return set;
    }
}
