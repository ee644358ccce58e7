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
    private boolean exhausted;

    public PSetIterator(PythonClass cls, PBaseSet set) {
        super(cls);
        this.set = set;
        this.items = set.elements();
    }

    @Override
    public Object next() {
        if (exhausted) {
            return null;
        }
        if (set.size() != items.length) {
            // Like CPython's, the iterator keeps failing once the size changed.
            throw PythonErrors.runtimeError("Set changed size during iteration");
        }
        if (index >= items.length) {
            exhausted = true;
            return null;
        }
        return items[index++];
    }

    @Override
    public int lengthHint() {
        return items.length - index;
    }
}
