package skein.interpreter.nodes.collections;

import com.oracle.truffle.api.frame.VirtualFrame;
import skein.interpreter.SkeinLanguage;
import skein.interpreter.nodes.ExpressionNode;
import skein.interpreter.objects.PFrozenSet;
import skein.interpreter.objects.PSet;
import skein.interpreter.runtime.BuiltinTypes;

/**
 * {@code {a, *b, c}}: elements added left to right, as CPython builds it. A display of three or
 * more constants CPython compiles to a frozenset constant (built from the elements, then rebuilt
 * from its own iteration order when the compiler merges constants) merged into an empty set;
 * that lays out the table, and so prints, differently, and is followed here too.
 */
public final class SetDisplayNode extends ExpressionNode {

    @Child private SequenceItemsNode items;
    private final boolean constantElements;

    public SetDisplayNode(SequenceItemsNode items, boolean constantElements) {
        this.items = items;
        this.constantElements = constantElements;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        BuiltinTypes types = SkeinLanguage.get(this).setup().types();
        PSet set = new PSet(types.setType);
        Object[] elements = items.execute(frame);
        if (constantElements) {
            set.addAll(frozen(types, frozen(types, elements).elements()));
            return set;
        }
        for (Object item : elements) {
            set.addKey(item);
        }
        return set;
    }

    private static PFrozenSet frozen(BuiltinTypes types, Object[] elements) {
        PFrozenSet frozen = new PFrozenSet(types.frozensetType);
        for (Object item : elements) {
            frozen.addKey(item);
        }
        return frozen;
    }
}
