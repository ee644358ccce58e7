package skein.interpreter.objects.iterators;

import skein.interpreter.objects.PByteArray;
import skein.interpreter.objects.PIterator;
import skein.interpreter.objects.PythonClass;

/** {@code iter(bytearray)}: reads by position, so it sees changes made while iterating. */
public final class PByteArrayIterator extends PIterator {

    private PByteArray array;
    private int index;

    public PByteArrayIterator(PythonClass cls, PByteArray array) {
        super(cls);
        this.array = array;
    }

    @Override
    public Object next() {
        if (array == null) {
            return null;
        }
        int value = array.getOrMinusOne(index);
        if (value < 0) {
            array = null;
            return null;
        }
        index++;
        return (long) value;
    }

    @Override
    public int lengthHint() {
        PByteArray current = array;
        return current == null ? 0 : Math.max(0, current.size() - index);
    }
}
