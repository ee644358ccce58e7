package skein.stdlib.random;

import java.util.AbstractList;

import skein.interpreter.runtime.Containers;
import skein.interpreter.runtime.Subscripts;

/**
 * A Python sequence seen as a Java list for the engine's algorithms: its size is
 * {@code len(seq)}, read once, and {@code get(i)} is {@code seq[i]}, which raises the
 * sequence's own IndexError.
 */
final class SequenceView extends AbstractList<Object> {

    private final Object sequence;
    private final int size;

    SequenceView(Object sequence) {
        this.sequence = sequence;
        long length = Containers.length(sequence);
        this.size = (int) Math.min(length, Integer.MAX_VALUE);
    }

    @Override
    public Object get(int index) {
        return Subscripts.getItem(sequence, (long) index);
    }

    @Override
    public int size() {
        return size;
    }
}
