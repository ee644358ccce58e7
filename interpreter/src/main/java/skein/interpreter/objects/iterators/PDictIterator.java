package skein.interpreter.objects.iterators;

import skein.interpreter.objects.PDict;
import skein.interpreter.objects.PIterator;
import skein.interpreter.objects.PTuple;
import skein.interpreter.objects.PythonClass;
import skein.interpreter.runtime.exception.PythonErrors;

/**
 * Iterates a dict's keys, values or items. Like CPython's, it fails when the dict changed
 * size since iteration began, and when its entries were moved by a rebuild of equal size.
 */
public final class PDictIterator extends PIterator {

    public enum Kind { KEYS, VALUES, ITEMS }

    private final PDict dict;
    private final Kind kind;
    private final PythonClass tupleType;
    private final int expectedSize;
    private final Object table;
    private int position;
    private boolean exhausted;
    private final int[] foundAt = new int[1];

    public PDictIterator(PythonClass cls, PDict dict, Kind kind, PythonClass tupleType) {
        super(cls);
        this.dict = dict;
        this.kind = kind;
        this.tupleType = tupleType;
        this.expectedSize = dict.size();
        this.table = dict.tableIdentity();
    }

    @Override
    public Object next() {
        if (exhausted) {
            return null;
        }
        if (dict.size() != expectedSize) {
            // Not marked exhausted: like CPython's, the iterator keeps failing once the size changed.
            throw PythonErrors.runtimeError("dictionary changed size during iteration");
        }
        if (dict.tableIdentity() != table) {
            exhausted = true;
            throw PythonErrors.runtimeError("dictionary keys changed during iteration");
        }
        PDict.Entry e = dict.entryAtOrAfter(position, foundAt);
        if (e == null) {
            exhausted = true;
            return null;
        }
        position = foundAt[0] + 1;
        return switch (kind) {
            case KEYS -> e.key;
            case VALUES -> e.value();
            case ITEMS -> new PTuple(tupleType, new Object[]{e.key, e.value()});
        };
    }

    @Override
    public int lengthHint() {
        return exhausted ? 0 : dict.size();
    }
}
