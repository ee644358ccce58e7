package skein.stdlib.itertools;

import skein.interpreter.runtime.Iteration;

/**
 * What the tees of one source share: the source iterator and the items read from it so far,
 * in a chain of fixed-size blocks. Each tee holds its own place in the chain; a block no tee
 * points into any more is garbage, so memory follows the distance between the fastest and the
 * slowest tee. The buffer is also the lock of all its tees.
 */
final class TeeBuffer {

    static final int BLOCK_SIZE = 57;

    /** One block of buffered items; {@code next} is made when the block is full. */
    static final class Block {
        final Object[] items = new Object[BLOCK_SIZE];
        int filled;
        Block next;
    }

    private final Object source;

    TeeBuffer(Object source) {
        this.source = source;
    }

    /** The item at {@code index} of {@code block}, reading the source if no tee got that far; null at the end. */
    Object itemAt(Block block, int index) {
        if (index < block.filled) {
            return block.items[index];
        }
        Object item = Iteration.next(source);
        if (item != null) {
            block.items[block.filled++] = item;
        }
        return item;
    }
}
