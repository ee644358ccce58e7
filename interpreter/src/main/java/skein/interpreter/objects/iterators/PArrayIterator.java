package skein.interpreter.objects.iterators;

import skein.interpreter.objects.PIterator;
import skein.interpreter.objects.PythonClass;

/** Iterates a fixed array: a tuple's items, or a snapshot taken when iteration began. */
public final class PArrayIterator extends PIterator {

    private final Object[] items;
    private int index;

    public PArrayIterator(PythonClass cls, Object[] items) {
        super(cls);
        this.items = items;
    }

    @Override
    public Object next() {
        if (index >= items.length) {
            return null;
        }
        return items[index++];
    }

    @Override
    public int lengthHint() {
        return items.length - index;
    }
}
