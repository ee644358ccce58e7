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
        return hasNext() ? nextLong() : null;
    }

    /** Whether an item is left; a loop asks first and then takes it unboxed with {@link #nextLong}. */
    public boolean hasNext() {
        return remaining > 0;
    }

    /** The next item; only after {@link #hasNext} said there is one. */
    public long nextLong() {
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
