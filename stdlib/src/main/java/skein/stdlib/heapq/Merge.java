package skein.stdlib.heapq;

import skein.interpreter.objects.PIterator;
import skein.interpreter.objects.PList;
import skein.interpreter.objects.PNone;
import skein.interpreter.objects.PythonClass;
import skein.interpreter.runtime.Calls;
import skein.interpreter.runtime.Iteration;
import skein.interpreter.runtime.exception.PException;

/**
 * {@code merge(*iterables, key=None, reverse=False)}: the items of sorted iterables in one sorted
 * stream, lazily. A heap holds one entry a source, the list {@code [key, order, item, iterator]}
 * ({@code [item, order, iterator]} without a key function), compared as lists are so that equal
 * keys come out in the order of their sources, as CPython's merge does. Nothing is read before
 * the first {@code next}; once only one source is left, its items pass straight through. Like a
 * generator, the merge ends for good when an exception leaves it.
 */
final class Merge extends PIterator {

    private final Object[] iterables;
    private final Object key;
    private final Heap.Order order;
    private final PythonClass listType;
    /** Null until the first {@code next}. */
    private PList heap;
    /** The root's item was returned and its source was not read again yet. */
    private boolean rootTaken;
    /** The last source left, whose items pass straight through; null before that. */
    private Object lastSource;
    private boolean finished;

    Merge(PythonClass cls, Object[] iterables, Object key, boolean reverse, PythonClass listType) {
        super(cls);
        this.iterables = iterables;
        this.key = key;
        this.order = reverse ? Heap.Order.MAX : Heap.Order.MIN;
        this.listType = listType;
    }

    /** One thread at a time advances the merge, as a generator runs in one thread at a time. */
    @Override
    public synchronized Object next() {
        if (finished) {
            return null;
        }
        try {
            Object item = advance();
            finished = item == null;
            return item;
        } catch (PException e) {
            finished = true;
            throw e;
        }
    }

    private Object advance() {
        if (lastSource != null) {
            return Iteration.next(lastSource);
        }
        if (heap == null) {
            start();
        } else if (rootTaken) {
            readRootSourceAgain();
        }
        PList root = (PList) heap.getOrNull(0);
        if (root == null) {
            return null;
        }
        if (heap.size() == 1) {
            lastSource = root.getOrNull(root.size() - 1);
        } else {
            rootTaken = true;
        }
        return root.getOrNull(itemIndex());
    }

    private void start() {
        heap = new PList(listType);
        long direction = order == Heap.Order.MIN ? 1 : -1;
        for (int i = 0; i < iterables.length; i++) {
            Object source = Iteration.getIterator(iterables[i]);
            Object item = Iteration.next(source);
            if (item != null) {
                Object[] entry = key == PNone.NONE
                        ? new Object[]{item, i * direction, source}
                        : new Object[]{Calls.call(key, item), i * direction, item, source};
                heap.append(new PList(listType, entry));
            }
        }
        Heap.heapify(heap, order);
    }

    /** Puts the next item of the root's source in the root entry, or drops the entry when the source is done. */
    private void readRootSourceAgain() {
        rootTaken = false;
        PList root = (PList) heap.getOrNull(0);
        Object item = Iteration.next(root.getOrNull(root.size() - 1));
        if (item == null) {
            Heap.pop(heap, order);
            return;
        }
        if (key == PNone.NONE) {
            root.setIfPresent(0, item);
        } else {
            root.setIfPresent(0, Calls.call(key, item));
            root.setIfPresent(2, item);
        }
        Heap.replace(heap, root, order);
    }

    private int itemIndex() {
        return key == PNone.NONE ? 0 : 2;
    }
}
