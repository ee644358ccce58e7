package skein.stdlib.itertools;

import skein.interpreter.objects.PythonClass;
import skein.interpreter.runtime.Iteration;

import java.util.ArrayList;
import java.util.List;

/** {@code cycle(iterable)}: the items, saved on the first pass, repeated without end. */
final class Cycle extends LockedIterator {

    private Object source;
    private final List<Object> saved = new ArrayList<>();
    private int position;

    Cycle(PythonClass cls, Object iterable) {
        super(cls);
        this.source = Iteration.getIterator(iterable);
    }

    @Override
    protected Object advance() {
        if (source != null) {
            Object item = Iteration.next(source);
            if (item != null) {
                saved.add(item);
                return item;
            }
            source = null;
        }
        if (saved.isEmpty()) {
            return null;
        }
        Object item = saved.get(position);
        position = (position + 1) % saved.size();
        return item;
    }
}
