package skein.interpreter.objects.iterators;

import skein.interpreter.objects.PIterator;
import skein.interpreter.objects.PTuple;
import skein.interpreter.objects.PythonClass;
import skein.interpreter.runtime.Iteration;
import skein.interpreter.runtime.exception.PythonErrors;

/** {@code zip(*iterables, strict=False)}. */
public final class PZip extends PIterator {

    private final Object[] iterators;
    private final boolean strict;
    private final PythonClass tupleType;
    private boolean exhausted;

    public PZip(PythonClass cls, Object[] iterators, boolean strict, PythonClass tupleType) {
        super(cls);
        this.iterators = iterators;
        this.strict = strict;
        this.tupleType = tupleType;
    }

    @Override
    public synchronized Object next() {
        if (exhausted || iterators.length == 0) {
            return null;
        }
        Object[] items = new Object[iterators.length];
        for (int i = 0; i < iterators.length; i++) {
            Object item = Iteration.next(iterators[i]);
            if (item == null) {
                exhausted = true;
                if (strict) {
                    checkStrict(i);
                }
                return null;
            }
            items[i] = item;
        }
        return new PTuple(tupleType, items);
    }

    /** With strict=True, every iterator must end together, as CPython checks it. */
    private void checkStrict(int firstEnded) {
        if (firstEnded > 0) {
            String plural = firstEnded == 1 ? " " : "s 1-";
            throw PythonErrors.valueError("zip() argument " + (firstEnded + 1) + " is shorter than argument" + plural
                    + firstEnded);
        }
        for (int i = 1; i < iterators.length; i++) {
            if (Iteration.next(iterators[i]) != null) {
                String plural = i == 1 ? " " : "s 1-";
                throw PythonErrors.valueError("zip() argument " + (i + 1) + " is longer than argument" + plural + i);
            }
        }
    }
}
