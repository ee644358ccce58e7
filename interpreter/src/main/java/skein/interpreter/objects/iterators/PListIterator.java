package skein.interpreter.objects.iterators;

import skein.interpreter.objects.PIterator;
import skein.interpreter.objects.PList;
import skein.interpreter.objects.PythonClass;

/** {@code iter(list)}: reads the live list by index, so it sees items appended while looping. */
public final class PListIterator extends PIterator {

    private PList list;
    private int index;

    public PListIterator(PythonClass cls, PList list) {
        super(cls);
        this.list = list;
    }

    @Override
    public Object next() {
        PList l = list;
        if (l == null) {
            return null;
        }
        Object item = l.getOrNull(index);
        if (item == null) {
            list = null;
            return null;
        }
        index++;
        return item;
    }

    @Override
    public int lengthHint() {
        PList l = list;
        return l == null ? 0 : Math.max(0, l.size() - index);
    }
}
