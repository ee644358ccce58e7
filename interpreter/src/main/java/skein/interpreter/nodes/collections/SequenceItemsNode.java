package skein.interpreter.nodes.collections;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import com.oracle.truffle.api.nodes.Node;
import skein.interpreter.nodes.ExpressionNode;
import skein.interpreter.runtime.Iteration;
import skein.interpreter.runtime.TypeOf;
import skein.interpreter.runtime.exception.PythonErrors;

import java.util.ArrayList;
import java.util.List;

/** The elements of a list, tuple or set display, {@code *iterable} entries spread out. */
public final class SequenceItemsNode extends Node {

    @Children private final ExpressionNode[] elements;
    /** Null when no element is starred. */
    private final boolean[] starred;

    public SequenceItemsNode(ExpressionNode[] elements, boolean[] starred) {
        this.elements = elements;
        this.starred = starred;
    }

    @ExplodeLoop
    public Object[] execute(VirtualFrame frame) {
        Object[] values = new Object[elements.length];
        for (int i = 0; i < elements.length; i++) {
            values[i] = elements[i].execute(frame);
        }
        return starred == null ? values : spread(values);
    }

    @TruffleBoundary
    private Object[] spread(Object[] values) {
        List<Object> out = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            if (starred[i]) {
                Object iterable = values[i];
                if (!Iteration.isIterable(iterable)) {
                    throw PythonErrors.typeError("'" + TypeOf.name(iterable) + "' object is not iterable");
                }
                for (Object item : Iteration.toArray(iterable)) {
                    out.add(item);
                }
            } else {
                out.add(values[i]);
            }
        }
        return out.toArray();
    }
}
