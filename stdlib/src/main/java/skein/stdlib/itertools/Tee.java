package skein.stdlib.itertools;

import skein.interpreter.objects.PythonClass;

/** One iterator made by {@code tee(iterable, n)}: {@code itertools._tee}. */
final class Tee extends LockedIterator {

    private final TeeBuffer buffer;
    private TeeBuffer.Block block;
    private int index;

    Tee(PythonClass cls, TeeBuffer buffer, TeeBuffer.Block block, int index) {
        super(cls);
        this.buffer = buffer;
        this.block = block;
        this.index = index;
    }

    /** A tee at the start of a fresh buffer over {@code source}, an iterator. */
    static Tee over(PythonClass cls, Object source) {
        return new Tee(cls, new TeeBuffer(source), new TeeBuffer.Block(), 0);
    }

    @Override
    protected Object advance() {
        if (index == TeeBuffer.BLOCK_SIZE) {
            if (block.next == null) {
                block.next = new TeeBuffer.Block();
            }
            block = block.next;
            index = 0;
        }
        Object item = buffer.itemAt(block, index);
        if (item != null) {
            index++;
        }
        return item;
    }

    @Override
    protected Object lock() {
        return buffer;
    }

    /** {@code __copy__}: another tee at this one's place. */
    Tee copy() {
        synchronized (lock()) {
            return new Tee(getPythonClass(), buffer, block, index);
        }
    }
}
