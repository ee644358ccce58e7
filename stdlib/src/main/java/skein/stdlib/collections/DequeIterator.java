package skein.stdlib.collections;

import skein.interpreter.objects.PIterator;
import skein.interpreter.objects.PythonClass;
import skein.interpreter.runtime.exception.PythonErrors;

/**
 * An iterator over a deque, forwards or backwards: it yields the items the deque had when the
 * iterator was made, and raises "deque mutated during iteration" once the deque changes.
 */
final class DequeIterator extends PIterator {

    private final Deque deque;
    private final long state;
    private final int total;
    private final boolean reverse;
    private int position;

    DequeIterator(PythonClass cls, Deque deque, boolean reverse) {
        super(cls);
        synchronized (deque) {
            this.deque = deque;
            this.state = deque.state();
            this.total = deque.size();
        }
        this.reverse = reverse;
    }

    @Override
    public synchronized Object next() {
        if (deque.state() != state) {
            position = total;
            throw PythonErrors.runtimeError("deque mutated during iteration");
        }
        if (position >= total) {
            return null;
        }
        int index = reverse ? total - 1 - position : position;
        Object item = deque.itemForIterator(index, state);
        position++;
        return item;
    }

    @Override
    public synchronized int lengthHint() {
        return total - position;
    }
}
