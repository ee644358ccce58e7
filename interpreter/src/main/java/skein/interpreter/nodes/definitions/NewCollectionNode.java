package skein.interpreter.nodes.definitions;

import com.oracle.truffle.api.frame.VirtualFrame;
import skein.interpreter.SkeinLanguage;
import skein.interpreter.nodes.ExpressionNode;
import skein.interpreter.objects.PDict;
import skein.interpreter.objects.PList;
import skein.interpreter.objects.PSet;
import skein.interpreter.runtime.BuiltinTypes;

/** The empty list, set or dict a comprehension starts from. */
public final class NewCollectionNode extends ExpressionNode {

    public enum Kind { LIST, SET, DICT }

    private final Kind kind;

    public NewCollectionNode(Kind kind) {
        this.kind = kind;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        BuiltinTypes types = SkeinLanguage.get(this).setup().types();
        return switch (kind) {
            case LIST -> new PList(types.listType);
            case SET -> new PSet(types.setType);
            case DICT -> new PDict(types.dictType);
        };
    }
}
