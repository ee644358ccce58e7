package skein.interpreter.objects;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import skein.interpreter.runtime.Hashing;

/**
 * The hash table behind {@code set} and {@code frozenset}. Its probing (a short linear run,
 * then perturbed jumps), its fill limit and its growth follow CPython's, because a set's
 * iteration order is the table order and programs print sets: {@code {5, 10, 100}} must come
 * out as CPython prints it. Not thread-safe by itself; the owning set object locks.
 */
final class SetTable {

    private static final int MIN_SIZE = 8;
    private static final int LINEAR_PROBES = 9;
    private static final int PERTURB_SHIFT = 5;
    /** Marks a deleted slot; a live slot never holds it. */
    private static final Object DUMMY = new Object();

    Object[] keys;
    long[] hashes;
    /** Live entries. */
    int used;
    /** Live plus deleted entries. */
    int fill;

    SetTable() {
        keys = new Object[MIN_SIZE];
        hashes = new long[MIN_SIZE];
    }

    int mask() {
        return keys.length - 1;
    }

    boolean contains(Object key, long hash) {
        return findIndex(key, hash) >= 0;
    }

    /** Slot of {@code key}, or -1. */
    @TruffleBoundary
    int findIndex(Object key, long hash) {
        int mask = mask();
        long perturb = hash;
        int i = (int) hash & mask;
        while (true) {
            int probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
            int j = i;
            while (true) {
                Object k = keys[j];
                if (k == null) {
                    return -1;
                }
                if (k != DUMMY && hashes[j] == hash && (k == key || Hashing.keysEqual(k, key))) {
                    return j;
                }
                if (probes-- == 0) {
                    break;
                }
                j++;
            }
            perturb >>>= PERTURB_SHIFT;
            i = (int) ((i * 5L + 1 + perturb) & mask);
        }
    }

    /** Adds {@code key}; false when it was already present. */
    @TruffleBoundary
    boolean add(Object key, long hash) {
        int mask = mask();
        long perturb = hash;
        int i = (int) hash & mask;
        int freeSlot = -1;
        while (true) {
            int probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
            int j = i;
            while (true) {
                Object k = keys[j];
                if (k == null) {
                    if (freeSlot >= 0) {
                        keys[freeSlot] = key;
                        hashes[freeSlot] = hash;
                        used++;
                        return true;
                    }
                    keys[j] = key;
                    hashes[j] = hash;
                    used++;
                    fill++;
                    if ((long) fill * 5 >= (long) mask * 3) {
                        resize(used > 50000 ? used * 2 : used * 4);
                    }
                    return true;
                }
                if (k == DUMMY) {
                    // CPython reuses the last deleted slot of the probe sequence (checked against
                    // python3 on random add/discard mixes), not the first.
                    freeSlot = j;
                } else if (hashes[j] == hash && (k == key || Hashing.keysEqual(k, key))) {
                    return false;
                }
                if (probes-- == 0) {
                    break;
                }
                j++;
            }
            perturb >>>= PERTURB_SHIFT;
            i = (int) ((i * 5L + 1 + perturb) & mask);
        }
    }

    /** Removes {@code key}; false when it was absent. */
    @TruffleBoundary
    boolean discard(Object key, long hash) {
        int j = findIndex(key, hash);
        if (j < 0) {
            return false;
        }
        keys[j] = DUMMY;
        hashes[j] = -1;
        used--;
        return true;
    }

    /** Rebuilds the table at the smallest size above {@code minUsed}, in old table order. */
    @TruffleBoundary
    void resize(int minUsed) {
        int newSize = MIN_SIZE;
        while (newSize <= minUsed) {
            newSize <<= 1;
        }
        Object[] oldKeys = keys;
        long[] oldHashes = hashes;
        keys = new Object[newSize];
        hashes = new long[newSize];
        fill = used;
        for (int j = 0; j < oldKeys.length; j++) {
            Object k = oldKeys[j];
            if (k != null && k != DUMMY) {
                insertClean(k, oldHashes[j]);
            }
        }
    }

    /** Inserts a key known to be absent into a table without deleted slots. */
    private void insertClean(Object key, long hash) {
        int mask = mask();
        long perturb = hash;
        int i = (int) hash & mask;
        while (true) {
            if (keys[i] == null) {
                keys[i] = key;
                hashes[i] = hash;
                return;
            }
            if (i + LINEAR_PROBES <= mask) {
                for (int j = i + 1; j <= i + LINEAR_PROBES; j++) {
                    if (keys[j] == null) {
                        keys[j] = key;
                        hashes[j] = hash;
                        return;
                    }
                }
            }
            perturb >>>= PERTURB_SHIFT;
            i = (int) ((i * 5L + 1 + perturb) & mask);
        }
    }

    /**
     * Adds every entry of {@code other} the way CPython merges one set into another: an empty
     * table of the same size becomes a copy, otherwise it grows first and inserts in order.
     */
    @TruffleBoundary
    void merge(SetTable other) {
        if (other == this || other.used == 0) {
            return;
        }
        if ((long) (fill + other.used) * 5 >= (long) mask() * 3) {
            resize((used + other.used) * 2);
        }
        if (fill == 0 && mask() == other.mask() && other.fill == other.used) {
            System.arraycopy(other.keys, 0, keys, 0, keys.length);
            System.arraycopy(other.hashes, 0, hashes, 0, hashes.length);
            fill = other.fill;
            used = other.used;
            return;
        }
        if (fill == 0) {
            for (int j = 0; j < other.keys.length; j++) {
                Object k = other.keys[j];
                if (k != null && k != DUMMY) {
                    insertClean(k, other.hashes[j]);
                    fill++;
                    used++;
                }
            }
            return;
        }
        for (int j = 0; j < other.keys.length; j++) {
            Object k = other.keys[j];
            if (k != null && k != DUMMY) {
                add(k, other.hashes[j]);
            }
        }
    }

    /** After removals in bulk: more than a quarter of the slots deleted makes CPython rebuild the table. */
    void compactIfSparse() {
        if (fill - used <= mask() / 4) {
            return;
        }
        resize(used > 50000 ? used * 2 : used * 4);
    }

    /** Makes room before adding {@code incoming} keys at once, as CPython does for a dict. */
    void reserveFor(int incoming) {
        if ((long) (fill + incoming) * 5 >= (long) mask() * 3) {
            resize((used + incoming) * 2);
        }
    }

    /** The live keys in table order. */
    Object[] keysInOrder() {
        Object[] out = new Object[used];
        int n = 0;
        for (Object k : keys) {
            if (k != null && k != DUMMY) {
                out[n++] = k;
            }
        }
        return out;
    }

    long[] hashesInOrder() {
        long[] out = new long[used];
        int n = 0;
        for (int j = 0; j < keys.length; j++) {
            Object k = keys[j];
            if (k != null && k != DUMMY) {
                out[n++] = hashes[j];
            }
        }
        return out;
    }

    /** {@code set.pop}: CPython scans from a moving finger; the first live slot suffices here. */
    Object popAny(int[] finger) {
        int mask = mask();
        int i = finger[0] & mask;
        while (keys[i] == null || keys[i] == DUMMY) {
            i = (i + 1) & mask;
        }
        Object key = keys[i];
        keys[i] = DUMMY;
        hashes[i] = -1;
        used--;
        finger[0] = i + 1;
        return key;
    }

    SetTable copy() {
        SetTable t = new SetTable();
        t.keys = keys.clone();
        t.hashes = hashes.clone();
        t.used = used;
        t.fill = fill;
        return t;
    }
}
