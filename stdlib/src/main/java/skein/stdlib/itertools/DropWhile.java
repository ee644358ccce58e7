package skein.stdlib.itertools;

import skein.interpreter.objects.PythonClass;
import skein.interpreter.runtime.Calls;
import skein.interpreter.runtime.Iteration;
import skein.interpreter.runtime.Truthiness;

/** {@code dropwhile(predicate, iterable)}: the items from the first one the predicate rejects on. */
final class DropWhile extends LockedIterator {

    private final Object predicate;
    private final Object source;
    private boolean dropping = true;

    DropWhile(PythonClass cls, Object predicate, Object iterable) {
        super(cls);
        this.predicate = predicate;
        this.source = Iteration.getIterator(iterable);
    }

    @Override
    protected Object advance() {
        while (true) {
            Object item = Iteration.next(source);
            if (item == null) {
                return null;
            }
            if (!dropping || !Truthiness.isTrue(Calls.call(predicate, item))) {
                dropping = false;
                return item;
            }
        }
    }
}
