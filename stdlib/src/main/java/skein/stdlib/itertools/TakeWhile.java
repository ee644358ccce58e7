package skein.stdlib.itertools;

import skein.interpreter.objects.PythonClass;
import skein.interpreter.runtime.Calls;
import skein.interpreter.runtime.Iteration;
import skein.interpreter.runtime.Truthiness;

/** {@code takewhile(predicate, iterable)}: the items up to the first one the predicate rejects. */
final class TakeWhile extends LockedIterator {

    private final Object predicate;
    private final Object source;
    private boolean stopped;

    TakeWhile(PythonClass cls, Object predicate, Object iterable) {
        super(cls);
        this.predicate = predicate;
        this.source = Iteration.getIterator(iterable);
    }

    @Override
    protected Object advance() {
        if (stopped) {
            return null;
        }
        Object item = Iteration.next(source);
        if (item == null) {
            return null;
        }
        if (Truthiness.isTrue(Calls.call(predicate, item))) {
            return item;
        }
        stopped = true;
        return null;
    }
}
