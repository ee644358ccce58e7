package skein.interpreter.objects.iterators;

import skein.interpreter.objects.PDict;
import skein.interpreter.objects.PIterator;
import skein.interpreter.objects.PTuple;
import skein.interpreter.objects.PythonClass;
import skein.interpreter.runtime.exception.PythonErrors;

/**
 * Iterates a dict's keys, values or items the way CPython's iterator does: by position in the
 * dict's entry table, whatever table that is now, counting down the entries it expects. It
 * fails when the dict's size changed since iteration began, and when it finds more entries
 * than the dict had then (keys replaced by others of the same number).
 */
public final class PDictIterator extends PIterator {

    public enum Kind { KEYS, VALUES, ITEMS }

    private final PDict dict;
    private final Kind kind;
    private final PythonClass tupleType;
    private final int expectedSize;
    private int position;
    private int remaining;
    private boolean exhausted;
    private final int[] foundAt = new int[1];

    public PDictIterator(PythonClass cls, PDict dict, Kind kind, PythonClass tupleType) {
        super(cls);
        this.dict = dict;
        this.kind = kind;
        this.tupleType = tupleType;
        this.expectedSize = dict.size();
        this.remaining = expectedSize;
    }

    @Override
    public synchronized Object next() {
        if (exhausted) {
            return null;
        }
        if (dict.size() != expectedSize) {
            // Not marked exhausted: like CPython's, the iterator keeps failing once the size changed.
            throw PythonErrors.runtimeError("dictionary changed size during iteration");
        }
        PDict.Entry e = dict.entryAtOrAfter(position, foundAt);
        if (e == null) {
            exhausted = true;
            return null;
        }
        if (remaining == 0) {
            exhausted = true;
            throw PythonErrors.runtimeError("dictionary keys changed during iteration");
        }
        position = foundAt[0] + 1;
        remaining--;
        return switch (kind) {
            case KEYS -> e.key;
            case VALUES -> e.value();
            case ITEMS -> new PTuple(tupleType, new Object[]{e.key, e.value()});
        };
    }

    @Override
    public synchronized int lengthHint() {
        return exhausted || dict.size() != expectedSize ? 0 : remaining;
    }
}
