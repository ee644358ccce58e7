package skein.interpreter.objects.iterators;

import skein.interpreter.objects.PIterator;
import skein.interpreter.objects.PList;
import skein.interpreter.objects.PythonClass;

/**
 * {@code reversed(list)}: walks the live list from its last index down, so like CPython's it
 * stops early when the list shrinks below the next index.
 */
public final class PListReverseIterator extends PIterator {

    private PList list;
    private int index;

    public PListReverseIterator(PythonClass cls, PList list) {
        super(cls);
        this.list = list;
        this.index = list.size() - 1;
    }

    @Override
    public synchronized Object next() {
        PList l = list;
        if (l == null) {
            return null;
        }
        Object item = index < 0 ? null : l.getOrNull(index);
        if (item == null) {
            list = null;
            return null;
        }
        index--;
        return item;
    }

    @Override
    public synchronized int lengthHint() {
        PList l = list;
        return l == null || index >= l.size() ? 0 : index + 1;
    }
}
