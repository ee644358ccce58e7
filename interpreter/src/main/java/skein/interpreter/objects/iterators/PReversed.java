package skein.interpreter.objects.iterators;

import skein.interpreter.objects.PIterator;
import skein.interpreter.objects.PythonClass;
import skein.interpreter.runtime.Subscripts;

/** {@code reversed(sequence)} for a sequence without {@code __reversed__}: indices len-1 down to 0. */
public final class PReversed extends PIterator {

    private final Object sequence;
    private long index;

    public PReversed(PythonClass cls, Object sequence, long length) {
        super(cls);
        this.sequence = sequence;
        this.index = length - 1;
    }

    @Override
    public synchronized Object next() {
        if (index < 0) {
            return null;
        }
        return Subscripts.getItem(sequence, index--);
    }

}
