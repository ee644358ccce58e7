package skein.interpreter.nodes.definitions;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import skein.interpreter.SkeinLanguage;
import skein.interpreter.nodes.ExpressionNode;
import skein.interpreter.nodes.collections.SequenceItemsNode;
import skein.interpreter.objects.PFunction;
import skein.interpreter.objects.PTuple;
import skein.interpreter.runtime.BuiltinTypes;
import skein.interpreter.runtime.ClassCreation;
import skein.interpreter.runtime.PArguments;

/**
 * Executing a {@code class} statement: evaluate the bases and keywords, choose the metaclass,
 * prepare the namespace, run the body in it, then call the metaclass.
 */
public final class MakeClassNode extends ExpressionNode {

    private final String name;
    @Child private SequenceItemsNode bases;
    /** Keyword names; null entries are {@code **mapping}. */
    private final String[] keywordNames;
    @Children private final ExpressionNode[] keywordValues;
    @Child private MakeFunctionNode body;

    public MakeClassNode(String name, SequenceItemsNode bases, String[] keywordNames, ExpressionNode[] keywordValues,
                         MakeFunctionNode body) {
        this.name = name;
        this.bases = bases;
        this.keywordNames = keywordNames;
        this.keywordValues = keywordValues;
        this.body = body;
    }

    @Override
    @ExplodeLoop
    public Object execute(VirtualFrame frame) {
        Object[] baseValues = bases.execute(frame);
        Object[] keywords = new Object[keywordValues.length];
        for (int i = 0; i < keywordValues.length; i++) {
            keywords[i] = keywordValues[i].execute(frame);
        }
        PFunction bodyFunction = (PFunction) body.execute(frame);
        return create(bodyFunction, baseValues, keywords);
    }

    @TruffleBoundary
    private Object create(PFunction bodyFunction, Object[] baseValues, Object[] keywords) {
        BuiltinTypes types = SkeinLanguage.get(this).setup().types();
        ClassCreation.Header header = ClassCreation.prepare(name, new PTuple(types.tupleType, baseValues), keywordNames,
                keywords);
        Object[] arguments = PArguments.create(0);
        PArguments.setCallee(arguments, bodyFunction);
        PArguments.setExtra(arguments, header.namespace());
        bodyFunction.code().callTarget().call(arguments);
        return ClassCreation.finish(name, header);
    }
}
