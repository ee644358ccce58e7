package skein.interpreter.objects.iterators;

import skein.interpreter.objects.PIterator;
import skein.interpreter.objects.PythonClass;
import skein.interpreter.runtime.IntOps;

import java.math.BigInteger;

/** CPython's {@code longrange_iterator}: iterates a range whose values or length do not fit in a long. */
public final class PBigRangeIterator extends PIterator {

    private BigInteger next;
    private final BigInteger step;
    private BigInteger remaining;

    public PBigRangeIterator(PythonClass cls, BigInteger start, BigInteger step, BigInteger length) {
        super(cls);
        this.next = start;
        this.step = step;
        this.remaining = length;
    }

    @Override
    public synchronized Object next() {
        if (remaining.signum() <= 0) {
            return null;
        }
        BigInteger value = next;
        next = next.add(step);
        remaining = remaining.subtract(BigInteger.ONE);
        return IntOps.normalize(value);
    }

    @Override
    public synchronized int lengthHint() {
        return remaining.bitLength() < 32 ? remaining.intValue() : Integer.MAX_VALUE;
    }
}
