package skein.stdlib.itertools;

import skein.interpreter.objects.PythonClass;
import skein.interpreter.runtime.Iteration;

/**
 * {@code chain(*iterables)} and {@code chain.from_iterable(iterable)}: the items of each
 * iterable in turn; each iterable is asked for its iterator only when its turn comes.
 */
final class Chain extends LockedIterator {

    /** The iterator over the iterables; null once it is exhausted. */
    private Object sources;
    private Object active;

    Chain(PythonClass cls, Object iterables) {
        super(cls);
        this.sources = Iteration.getIterator(iterables);
    }

    @Override
    protected Object advance() {
        while (true) {
            if (active == null) {
                if (sources == null) {
                    return null;
                }
                Object iterable = Iteration.next(sources);
                if (iterable == null) {
                    sources = null;
                    return null;
                }
                active = Iteration.getIterator(iterable);
            }
            Object item = Iteration.next(active);
            if (item != null) {
                return item;
            }
            active = null;
        }
    }
}
