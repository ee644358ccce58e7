package skein.interpreter.nodes.access;

import com.oracle.truffle.api.dsl.Bind;
import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.NodeChild;
import com.oracle.truffle.api.dsl.Specialization;
import skein.interpreter.SkeinLanguage;
import skein.interpreter.nodes.ExpressionNode;
import skein.interpreter.objects.PList;
import skein.interpreter.objects.PTuple;
import skein.interpreter.runtime.BuiltinTypes;
import skein.interpreter.runtime.Subscripts;

/** {@code obj[key]}, with direct paths for indexing lists and tuples of the builtin types. */
@NodeChild(value = "object", type = ExpressionNode.class)
@NodeChild(value = "key", type = ExpressionNode.class)
public abstract class GetItemNode extends ExpressionNode {

    public abstract Object executeWith(Object object, Object key);

    @Specialization(guards = "list.getPythonClass() == types.listType")
    protected static Object listIndex(PList list, long index,
                                      @Bind("getTypes($node)") BuiltinTypes types) {
        int size = list.size();
        long i = index < 0 ? index + size : index;
        Object item = i >= 0 && i < size ? list.getOrNull((int) i) : null;
        if (item == null) {
            return Subscripts.getItem(list, index);
        }
        return item;
    }

    @Specialization(guards = "tuple.getPythonClass() == types.tupleType")
    protected static Object tupleIndex(PTuple tuple, long index,
                                       @Bind("getTypes($node)") BuiltinTypes types) {
        int size = tuple.size();
        long i = index < 0 ? index + size : index;
        if (i >= 0 && i < size) {
            return tuple.get((int) i);
        }
        return Subscripts.getItem(tuple, index);
    }

    @Fallback
    protected static Object generic(Object object, Object key) {
        return Subscripts.getItem(object, key);
    }

    protected static BuiltinTypes getTypes(com.oracle.truffle.api.nodes.Node node) {
        return SkeinLanguage.get(node).setup().types();
    }
}
