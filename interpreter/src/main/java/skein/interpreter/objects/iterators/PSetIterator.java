package skein.interpreter.objects.iterators;

import skein.interpreter.objects.PBaseSet;
import skein.interpreter.objects.PIterator;
import skein.interpreter.objects.PythonClass;
import skein.interpreter.runtime.exception.PythonErrors;

/** Iterates a snapshot of a set, failing as CPython does when the set's size changes meanwhile. */
public final class PSetIterator extends PIterator {

    private final PBaseSet set;
    private final Object[] items;
    private int index;

    public PSetIterator(PythonClass cls, PBaseSet set) {
        super(cls);
        this.set = set;
        this.items = set.elements();
    }

    @Override
    public Object next() {
        if (index >= items.length) {
            return null;
        }
        if (set.size() != items.length) {
            index = items.length;
            throw PythonErrors.runtimeError("Set changed size during iteration");
        }
        return items[index++];
    }

    @Override
    public int lengthHint() {
        return items.length - index;
    }
}
