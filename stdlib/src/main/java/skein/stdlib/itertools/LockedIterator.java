package skein.stdlib.itertools;

import skein.interpreter.objects.PIterator;
import skein.interpreter.objects.PythonClass;

/**
 * An itertools iterator: its state advances under a lock, so that threads sharing one iterator
 * each get distinct items and never see it half-updated. The lock is the iterator itself, or
 * the state it shares with its siblings (a groupby and its groups, the tees of one source).
 */
abstract class LockedIterator extends PIterator {

    protected LockedIterator(PythonClass cls) {
        super(cls);
    }

    @Override
    public final Object next() {
        synchronized (lock()) {
            return advance();
        }
    }

    /** The next item, or null at the end; called with {@link #lock()} held. */
    protected abstract Object advance();

    protected Object lock() {
        return this;
    }
}
