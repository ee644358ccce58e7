package skein.stdlib.itertools;

import skein.interpreter.objects.PTuple;
import skein.interpreter.objects.PythonClass;
import skein.interpreter.runtime.Iteration;

/**
 * {@code product(*iterables, repeat=1)}: the Cartesian product, as an odometer over the
 * iterables' items (read in full at construction), the rightmost wheel turning fastest.
 */
final class Product extends LockedIterator {

    private final Object[][] pools;
    private final int[] indices;
    private final PythonClass tupleType;
    private boolean started;
    private boolean exhausted;

    Product(PythonClass cls, Object[] iterables, int repeat, PythonClass tupleType) {
        super(cls);
        Object[][] distinct = new Object[iterables.length][];
        for (int i = 0; i < iterables.length; i++) {
            distinct[i] = Iteration.toArray(iterables[i]);
        }
        this.pools = new Object[distinct.length * repeat][];
        for (int r = 0; r < repeat; r++) {
            System.arraycopy(distinct, 0, pools, r * distinct.length, distinct.length);
        }
        this.indices = new int[pools.length];
        this.tupleType = tupleType;
    }

    @Override
    protected Object advance() {
        if (exhausted) {
            return null;
        }
        if (!started) {
            started = true;
            for (Object[] pool : pools) {
                if (pool.length == 0) {
                    exhausted = true;
                    return null;
                }
            }
            return current();
        }
        for (int i = pools.length - 1; i >= 0; i--) {
            if (++indices[i] < pools[i].length) {
                return current();
            }
            indices[i] = 0;
        }
        exhausted = true;
        return null;
    }

    private PTuple current() {
        Object[] items = new Object[pools.length];
        for (int i = 0; i < items.length; i++) {
            items[i] = pools[i][indices[i]];
        }
        return new PTuple(tupleType, items);
    }
}
