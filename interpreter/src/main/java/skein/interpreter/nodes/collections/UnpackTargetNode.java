package skein.interpreter.nodes.collections;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import skein.interpreter.SkeinLanguage;
import skein.interpreter.nodes.AssignTargetNode;
import skein.interpreter.objects.PList;
import skein.interpreter.objects.PTuple;
import skein.interpreter.runtime.Iteration;
import skein.interpreter.runtime.TypeOf;
import skein.interpreter.runtime.exception.PythonErrors;

import java.util.Arrays;

/** {@code a, *b, c = value}: unpacks an iterable into several targets, at most one starred. */
public final class UnpackTargetNode extends AssignTargetNode {

    @Children private final AssignTargetNode[] targets;
    /** Index of the starred target, or -1. */
    private final int starIndex;

    public UnpackTargetNode(AssignTargetNode[] targets, int starIndex) {
        this.targets = targets;
        this.starIndex = starIndex;
    }

    @Override
    @ExplodeLoop
    public void assign(VirtualFrame frame, Object value) {
        Object[] values = unpack(value);
        for (int i = 0; i < targets.length; i++) {
            targets[i].assign(frame, values[i]);
        }
    }

    /** One value per target, the starred one receiving a list. */
    @TruffleBoundary
    private Object[] unpack(Object value) {
        Object[] items;
        if (value instanceof PTuple tuple) {
            items = tuple.items();
        } else if (value instanceof PList list) {
            items = list.snapshot();
        } else {
            if (!Iteration.isIterable(value)) {
                throw PythonErrors.typeError("cannot unpack non-iterable " + TypeOf.name(value) + " object");
            }
            items = Iteration.toArray(value);
        }
        int n = targets.length;
        if (starIndex < 0) {
            if (items.length < n) {
                throw PythonErrors.valueError("not enough values to unpack (expected " + n + ", got " + items.length + ")");
            }
            if (items.length > n) {
                throw PythonErrors.valueError("too many values to unpack (expected " + n + ")");
            }
            return items;
        }
        if (items.length < n - 1) {
            throw PythonErrors.valueError("not enough values to unpack (expected at least " + (n - 1) + ", got "
                    + items.length + ")");
        }
        Object[] out = new Object[n];
        System.arraycopy(items, 0, out, 0, starIndex);
        int after = n - starIndex - 1;
        out[starIndex] = new PList(SkeinLanguage.types().listType,
                Arrays.copyOfRange(items, starIndex, items.length - after));
        System.arraycopy(items, items.length - after, out, starIndex + 1, after);
        return out;
    }

    @Override
    @ExplodeLoop
    public void delete(VirtualFrame frame) {
        for (AssignTargetNode target : targets) {
            target.delete(frame);
        }
    }
}
