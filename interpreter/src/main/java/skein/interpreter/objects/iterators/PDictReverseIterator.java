package skein.interpreter.objects.iterators;

import skein.interpreter.objects.PDict;
import skein.interpreter.objects.PIterator;
import skein.interpreter.objects.PTuple;
import skein.interpreter.objects.PythonClass;
import skein.interpreter.runtime.exception.PythonErrors;

/** {@code reversed(dict)} and {@code reversed(view)}: newest entry first, failing like CPython's when the size changes. */
public final class PDictReverseIterator extends PIterator {

    private final PDict dict;
    private final PDictIterator.Kind kind;
    private final PythonClass tupleType;
    private final int expectedSize;
    private int position = Integer.MAX_VALUE;
    private int remaining;
    private final int[] foundAt = new int[1];

    public PDictReverseIterator(PythonClass cls, PDict dict, PDictIterator.Kind kind, PythonClass tupleType) {
        super(cls);
        this.dict = dict;
        this.kind = kind;
        this.tupleType = tupleType;
        this.expectedSize = dict.size();
        this.remaining = expectedSize;
    }

    @Override
    public synchronized Object next() {
        if (remaining <= 0) {
            return null;
        }
        if (dict.size() != expectedSize) {
            throw PythonErrors.runtimeError("dictionary changed size during iteration");
        }
        PDict.Entry e = position < 0 ? null : dict.entryAtOrBefore(position, foundAt);
        if (e == null) {
            remaining = 0;
            return null;
        }
        position = foundAt[0] - 1;
        remaining--;
        return switch (kind) {
            case KEYS -> e.key;
            case VALUES -> e.value();
            case ITEMS -> new PTuple(tupleType, new Object[]{e.key, e.value()});
        };
    }

    @Override
    public synchronized int lengthHint() {
        return Math.max(0, remaining);
    }
}
