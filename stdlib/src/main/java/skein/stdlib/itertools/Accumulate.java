package skein.stdlib.itertools;

import skein.interpreter.objects.PNone;
import skein.interpreter.objects.PythonClass;
import skein.interpreter.runtime.BinaryOp;
import skein.interpreter.runtime.Calls;
import skein.interpreter.runtime.Iteration;
import skein.interpreter.runtime.Operators;

/** {@code accumulate(iterable, func=None, *, initial=None)}: running totals (sums by default). */
final class Accumulate extends LockedIterator {

    private final Object source;
    private final Object function;
    /** The initial value still to be yielded first, or null. */
    private Object pendingInitial;
    private Object total;

    Accumulate(PythonClass cls, Object iterable, Object function, Object initial) {
        super(cls);
        this.source = Iteration.getIterator(iterable);
        this.function = function;
        this.pendingInitial = initial == PNone.NONE ? null : initial;
    }

    @Override
    protected Object advance() {
        if (pendingInitial != null) {
            total = pendingInitial;
            pendingInitial = null;
            return total;
        }
        Object item = Iteration.next(source);
        if (item == null) {
            return null;
        }
        if (total == null) {
            total = item;
        } else if (function == PNone.NONE) {
            total = Operators.binary(total, item, BinaryOp.ADD);
        } else {
            total = Calls.call(function, total, item);
        }
        return total;
    }
}
