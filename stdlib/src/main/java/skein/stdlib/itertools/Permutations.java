package skein.stdlib.itertools;

import skein.interpreter.objects.PTuple;
import skein.interpreter.objects.PythonClass;

/**
 * {@code permutations(iterable, r=None)}: every ordered choice of r distinct positions, in
 * lexicographic order of the positions. The next choice keeps the longest prefix that still
 * has a larger unused position to move to at its end, and fills the rest in ascending order.
 */
final class Permutations extends LockedIterator {

    private final Object[] pool;
    private final int[] chosen;
    private final boolean[] used;
    private final PythonClass tupleType;
    private boolean started;
    private boolean exhausted;

    Permutations(PythonClass cls, Object[] pool, int r, PythonClass tupleType) {
        super(cls);
        this.pool = pool;
        this.chosen = new int[r];
        this.used = new boolean[pool.length];
        this.tupleType = tupleType;
        this.exhausted = r > pool.length;
    }

    @Override
    protected Object advance() {
        if (exhausted) {
            return null;
        }
        if (!started) {
            started = true;
            for (int i = 0; i < chosen.length; i++) {
                chosen[i] = i;
                used[i] = true;
            }
            return current();
        }
        for (int i = chosen.length - 1; i >= 0; i--) {
            used[chosen[i]] = false;
            int next = nextUnused(chosen[i] + 1);
            if (next >= 0) {
                chosen[i] = next;
                used[next] = true;
                for (int j = i + 1; j < chosen.length; j++) {
                    chosen[j] = nextUnused(0);
                    used[chosen[j]] = true;
                }
                return current();
            }
        }
        exhausted = true;
        return null;
    }

    private int nextUnused(int from) {
        for (int p = from; p < used.length; p++) {
            if (!used[p]) {
                return p;
            }
        }
        return -1;
    }

    private PTuple current() {
        Object[] items = new Object[chosen.length];
        for (int i = 0; i < items.length; i++) {
            items[i] = pool[chosen[i]];
        }
        return new PTuple(tupleType, items);
    }
}
