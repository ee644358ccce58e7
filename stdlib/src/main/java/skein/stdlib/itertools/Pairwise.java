package skein.stdlib.itertools;

import skein.interpreter.objects.PTuple;
import skein.interpreter.objects.PythonClass;
import skein.interpreter.runtime.Iteration;

/** {@code pairwise(iterable)}: each item paired with the next, (s0, s1), (s1, s2), ... */
final class Pairwise extends LockedIterator {

    private Object source;
    private Object previous;
    private final PythonClass tupleType;

    Pairwise(PythonClass cls, Object iterable, PythonClass tupleType) {
        super(cls);
        this.source = Iteration.getIterator(iterable);
        this.tupleType = tupleType;
    }

    @Override
    protected Object advance() {
        if (source == null) {
            return null;
        }
        if (previous == null) {
            previous = Iteration.next(source);
            if (previous == null) {
                source = null;
                return null;
            }
        }
        Object item = Iteration.next(source);
        if (item == null) {
            source = null;
            previous = null;
            return null;
        }
        PTuple pair = new PTuple(tupleType, new Object[]{previous, item});
        previous = item;
        return pair;
    }
}
