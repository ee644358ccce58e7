package skein.interpreter.objects.iterators;

import skein.interpreter.objects.PIterator;
import skein.interpreter.objects.PythonClass;

/** {@code iter(range(...))}. */
public final class PRangeIterator extends PIterator {

    private long next;
    private final long step;
    private long remaining;

    public PRangeIterator(PythonClass cls, long start, long step, long length) {
        super(cls);
        this.next = start;
        this.step = step;
        this.remaining = length;
    }

    @Override
    public Object next() {
        if (remaining <= 0) {
            return null;
        }
        long value = next;
        next += step;
        remaining--;
        return value;
    }

    @Override
    public int lengthHint() {
        return (int) Math.min(Integer.MAX_VALUE, remaining);
    }
}
