package skein.interpreter.nodes.collections;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import skein.interpreter.SkeinLanguage;
import skein.interpreter.nodes.ExpressionNode;
import skein.interpreter.objects.PDict;
import skein.interpreter.runtime.DictUpdate;

/** {@code {k: v, **m}}: entries in order, later keys overriding earlier ones. */
public final class DictDisplayNode extends ExpressionNode {

    /** A null key marks a {@code **mapping} entry. */
    @Children private final ExpressionNode[] keys;
    @Children private final ExpressionNode[] values;

    public DictDisplayNode(ExpressionNode[] keys, ExpressionNode[] values) {
        this.keys = keys;
        this.values = values;
    }

    @Override
    @ExplodeLoop
    public Object execute(VirtualFrame frame) {
        PDict dict = new PDict(SkeinLanguage.get(this).setup().types().dictType);
        for (int i = 0; i < values.length; i++) {
            if (keys[i] == null) {
                DictUpdate.mergeDisplay(dict, values[i].execute(frame));
            } else {
                Object key = keys[i].execute(frame);
                dict.setItem(key, values[i].execute(frame));
            }
        }
        return dict;
    }
}
