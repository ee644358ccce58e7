package skein.interpreter.nodes.definitions;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import skein.interpreter.SkeinLanguage;
import skein.interpreter.nodes.ExpressionNode;
import skein.interpreter.nodes.variables.Globals;
import skein.interpreter.objects.FunctionCode;
import skein.interpreter.objects.PCell;
import skein.interpreter.objects.PDict;
import skein.interpreter.objects.PFunction;
import skein.interpreter.runtime.BuiltinTypes;

/**
 * Executing a {@code def} or {@code lambda}: a new function object from the shared code, this
 * frame's globals, the cells it closes over, and the defaults evaluated now.
 */
public final class MakeFunctionNode extends ExpressionNode {

    private final FunctionCode code;
    @Children private final ExpressionNode[] defaults;
    /** One per keyword-only parameter; null entries have no default. */
    @Children private final ExpressionNode[] keywordDefaults;
    /** Frame slots of the cells captured, in the order of the code's free names. */
    @CompilerDirectives.CompilationFinal(dimensions = 1) private final int[] closureSlots;
    private final String[] annotationNames;
    @Children private final ExpressionNode[] annotationValues;

    public MakeFunctionNode(FunctionCode code, ExpressionNode[] defaults, ExpressionNode[] keywordDefaults,
                            int[] closureSlots, String[] annotationNames, ExpressionNode[] annotationValues) {
        this.code = code;
        this.defaults = defaults;
        this.keywordDefaults = keywordDefaults;
        this.closureSlots = closureSlots;
        this.annotationNames = annotationNames;
        this.annotationValues = annotationValues;
    }

    @Override
    @ExplodeLoop
    public Object execute(VirtualFrame frame) {
        Object[] defaultValues = null;
        if (defaults.length > 0) {
            defaultValues = new Object[defaults.length];
            for (int i = 0; i < defaults.length; i++) {
                defaultValues[i] = defaults[i].execute(frame);
            }
        }
        Object[] keywordDefaultValues = null;
        if (keywordDefaults.length > 0) {
            keywordDefaultValues = new Object[keywordDefaults.length];
            for (int i = 0; i < keywordDefaults.length; i++) {
                keywordDefaultValues[i] = keywordDefaults[i] == null ? null : keywordDefaults[i].execute(frame);
            }
        }
        PCell[] closure = null;
        if (closureSlots.length > 0) {
            closure = new PCell[closureSlots.length];
            for (int i = 0; i < closureSlots.length; i++) {
                closure[i] = (PCell) frame.getObject(closureSlots[i]);
            }
        }
        Object[] annotations = null;
        if (annotationValues.length > 0) {
            annotations = new Object[annotationValues.length];
            for (int i = 0; i < annotationValues.length; i++) {
                annotations[i] = annotationValues[i].execute(frame);
            }
        }
        BuiltinTypes types = SkeinLanguage.get(this).setup().types();
        PFunction definer = Globals.function(frame);
        PFunction function = new PFunction(types.functionType, code, definer.globals(), definer.builtins(), closure,
                defaultValues, keywordDefaultValues);
        if (annotations != null) {
            setAnnotations(function, types, annotations);
        }
        return function;
    }

    @TruffleBoundary
    private void setAnnotations(PFunction function, BuiltinTypes types, Object[] values) {
        PDict dict = new PDict(types.dictType);
        for (int i = 0; i < values.length; i++) {
            dict.setItem(annotationNames[i], values[i]);
        }
        function.getOrCreateDict().setItem("__annotations__", dict);
    }
}
