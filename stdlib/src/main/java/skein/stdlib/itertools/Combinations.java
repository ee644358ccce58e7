package skein.stdlib.itertools;

import skein.interpreter.objects.PTuple;
import skein.interpreter.objects.PythonClass;

/**
 * {@code combinations(iterable, r)} and {@code combinations_with_replacement(iterable, r)}:
 * the r-element choices of positions in ascending (or, with replacement, non-descending)
 * order, listed lexicographically.
 */
final class Combinations extends LockedIterator {

    private final Object[] pool;
    private final int[] indices;
    private final boolean withReplacement;
    private final PythonClass tupleType;
    private boolean started;
    private boolean exhausted;

    Combinations(PythonClass cls, Object[] pool, int r, boolean withReplacement, PythonClass tupleType) {
        super(cls);
        this.pool = pool;
        this.indices = new int[r];
        this.withReplacement = withReplacement;
        this.tupleType = tupleType;
        this.exhausted = withReplacement ? pool.length == 0 && r > 0 : r > pool.length;
    }

    @Override
    protected Object advance() {
        if (exhausted) {
            return null;
        }
        int r = indices.length;
        int n = pool.length;
        if (!started) {
            started = true;
            for (int i = 0; i < r; i++) {
                indices[i] = withReplacement ? 0 : i;
            }
            return current();
        }
        int i = r - 1;
        while (i >= 0 && indices[i] == (withReplacement ? n - 1 : i + n - r)) {
            i--;
        }
        if (i < 0) {
            exhausted = true;
            return null;
        }
        indices[i]++;
        for (int j = i + 1; j < r; j++) {
            indices[j] = withReplacement ? indices[i] : indices[j - 1] + 1;
        }
        return current();
    }

    private PTuple current() {
        Object[] items = new Object[indices.length];
        for (int i = 0; i < items.length; i++) {
            items[i] = pool[indices[i]];
        }
        return new PTuple(tupleType, items);
    }
}
