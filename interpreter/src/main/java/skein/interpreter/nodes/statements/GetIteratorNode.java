package skein.interpreter.nodes.statements;

import com.oracle.truffle.api.dsl.Bind;
import com.oracle.truffle.api.dsl.GenerateInline;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;
import skein.interpreter.SkeinLanguage;
import skein.interpreter.objects.PList;
import skein.interpreter.objects.PRange;
import skein.interpreter.objects.iterators.PListIterator;
import skein.interpreter.objects.iterators.PRangeIterator;
import skein.interpreter.runtime.BuiltinTypes;
import skein.interpreter.runtime.Iteration;

/** {@code iter(x)}, with direct paths for ranges and lists. */
@GenerateInline(false)
public abstract class GetIteratorNode extends Node {

    public abstract Object execute(Object iterable);

    @Specialization(guards = "range.getPythonClass() == types.rangeType")
    protected static Object range(PRange range, @Bind("getTypes($node)") BuiltinTypes types) {
        return new PRangeIterator(types.rangeIteratorType, range.start(), range.step(), range.length());
    }

    @Specialization(guards = "list.getPythonClass() == types.listType")
    protected static Object list(PList list, @Bind("getTypes($node)") BuiltinTypes types) {
        return new PListIterator(types.listIteratorType, list);
    }

    @Specialization(replaces = {"range", "list"})
    protected static Object generic(Object iterable) {
        return Iteration.getIterator(iterable);
    }

    protected static BuiltinTypes getTypes(Node node) {
        return SkeinLanguage.get(node).setup().types();
    }
}
