package skein.interpreter.objects.iterators;

import skein.interpreter.objects.PIterator;
import skein.interpreter.objects.PTuple;
import skein.interpreter.objects.PythonClass;
import skein.interpreter.runtime.IntOps;
import skein.interpreter.runtime.Iteration;

/** {@code enumerate(iterable, start)}. */
public final class PEnumerate extends PIterator {

    private final Object iterator;
    private final PythonClass tupleType;
    private Object count;

    public PEnumerate(PythonClass cls, Object iterator, Object start, PythonClass tupleType) {
        super(cls);
        this.iterator = iterator;
        this.count = start;
        this.tupleType = tupleType;
    }

    @Override
    public synchronized Object next() {
        Object item = Iteration.next(iterator);
        if (item == null) {
            return null;
        }
        Object index = count;
        count = IntOps.add(count, 1L);
        return new PTuple(tupleType, new Object[]{index, item});
    }
}
