package skein.stdlib.itertools;

import skein.interpreter.objects.PTuple;
import skein.interpreter.objects.PythonClass;
import skein.interpreter.runtime.Iteration;

/** {@code zip_longest(*iterables, fillvalue=None)}: tuples until the longest ends, the others filled. */
final class ZipLongest extends LockedIterator {

    /** One per iterable; null once that iterable is exhausted. */
    private final Object[] sources;
    private final Object fillValue;
    private final PythonClass tupleType;
    private int active;

    ZipLongest(PythonClass cls, Object[] iterables, Object fillValue, PythonClass tupleType) {
        super(cls);
        this.sources = new Object[iterables.length];
        for (int i = 0; i < iterables.length; i++) {
            sources[i] = Iteration.getIterator(iterables[i]);
        }
        this.active = sources.length;
        this.fillValue = fillValue;
        this.tupleType = tupleType;
    }

    @Override
    protected Object advance() {
        if (active == 0) {
            return null;
        }
        Object[] items = new Object[sources.length];
        for (int i = 0; i < sources.length; i++) {
            Object item = sources[i] == null ? null : Iteration.next(sources[i]);
            if (item == null && sources[i] != null) {
                sources[i] = null;
                if (--active == 0) {
                    return null;
                }
            }
            items[i] = item == null ? fillValue : item;
        }
        return new PTuple(tupleType, items);
    }
}
