package skein.interpreter.objects;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import skein.interpreter.runtime.Hashing;

/**
 * {@code dict}: an insertion-ordered hash table keyed by Python equality. Writers take the
 * dict's monitor, so every single operation is atomic as in CPython; readers take no lock: they
 * see either the table before a write or after it, never a torn one, because a resize
 * publishes a complete new table and entries are immutable but for their value.
 */
public final class PDict extends PythonObject {

    private static final int EMPTY = -1;
    private static final int DELETED = -2;
    private static final int MIN_INDEX_SIZE = 8;

    /** A key and its hash never change; the value is replaced in place. */
    public static final class Entry {
        public final Object key;
        public final long hash;
        volatile Object value;

        Entry(Object key, long hash, Object value) {
            this.key = key;
            this.hash = hash;
            this.value = value;
        }

        public Object value() {
            return value;
        }
    }

    /** Open-addressed index into a dense, insertion-ordered entry array. */
    static final class Table {
        final int[] indices;
        final Entry[] entries;

        Table(int indexSize) {
            this.indices = new int[indexSize];
            java.util.Arrays.fill(indices, EMPTY);
            this.entries = new Entry[indexSize * 2 / 3];
        }
    }

    private volatile Table table;
    /** Entries used so far in the current table, deleted ones included. Guarded by this. */
    private int entryCount;
    private volatile int size;

    public PDict(PythonClass cls) {
        super(cls);
        this.table = new Table(MIN_INDEX_SIZE);
    }

    public int size() {
        return size;
    }

    // ---- reads: lock-free ----

    /** The value for {@code key}, or null when absent. May run Python {@code __hash__}/{@code __eq__}. */
    public Object getItem(Object key) {
        if (key instanceof String s) {
            return getItem(s);
        }
        return getItemGeneric(key, Hashing.hash(key));
    }

    /** The common case of attribute and global dicts: a string key, compared by value. */
    public Object getItem(String key) {
        long hash = Hashing.hashString(key);
        Table t = table;
        int[] indices = t.indices;
        int mask = indices.length - 1;
        long perturb = hash;
        int i = (int) hash & mask;
        while (true) {
            int ix = indices[i];
            if (ix == EMPTY) {
                return null;
            }
            if (ix >= 0) {
                Entry e = t.entries[ix];
                if (e != null && e.hash == hash
                        && (e.key == key || (e.key instanceof String k ? k.equals(key) : Hashing.keysEqual(e.key, key)))) {
                    return valueOf(e, key);
                }
            }
            perturb >>>= 5;
            i = (int) (i * 5 + perturb + 1) & mask;
        }
    }

    @TruffleBoundary
    private Object getItemGeneric(Object key, long hash) {
        Table t = table;
        Entry e = find(t, key, hash);
        return e == null ? null : valueOf(e, key);
    }

    /** A racing reader can see an entry before its value: it then asks again under the lock. */
    private Object valueOf(Entry e, Object key) {
        Object v = e.value;
        return v != null ? v : getItemLocked(key);
    }

    @TruffleBoundary
    private synchronized Object getItemLocked(Object key) {
        Entry e = find(table, key, Hashing.hash(key));
        return e == null ? null : e.value;
    }

    public boolean containsKey(Object key) {
        return getItem(key) != null;
    }

    @TruffleBoundary
    private static Entry find(Table t, Object key, long hash) {
        int[] indices = t.indices;
        int mask = indices.length - 1;
        long perturb = hash;
        int i = (int) hash & mask;
        while (true) {
            int ix = indices[i];
            if (ix == EMPTY) {
                return null;
            }
            if (ix >= 0) {
                Entry e = t.entries[ix];
                if (e != null && e.hash == hash && (e.key == key || Hashing.keysEqual(e.key, key))) {
                    return e;
                }
            }
            perturb >>>= 5;
            i = (int) (i * 5 + perturb + 1) & mask;
        }
    }

    /** Index slot of {@code key} in {@code t}, or -1. Caller holds the lock. */
    private static int findSlot(Table t, Object key, long hash) {
        int[] indices = t.indices;
        int mask = indices.length - 1;
        long perturb = hash;
        int i = (int) hash & mask;
        while (true) {
            int ix = indices[i];
            if (ix == EMPTY) {
                return -1;
            }
            if (ix >= 0) {
                Entry e = t.entries[ix];
                if (e != null && e.hash == hash && (e.key == key || Hashing.keysEqual(e.key, key))) {
                    return i;
                }
            }
            perturb >>>= 5;
            i = (int) (i * 5 + perturb + 1) & mask;
        }
    }

    // ---- writes: under the monitor ----

    public void setItem(Object key, Object value) {
        long hash = Hashing.hash(key);
        setItemHashed(key, hash, value);
    }

    @TruffleBoundary
    private synchronized void setItemHashed(Object key, long hash, Object value) {
        Table t = table;
        int slot = findSlot(t, key, hash);
        if (slot >= 0) {
            t.entries[t.indices[slot]].value = value;
            return;
        }
        insertNew(key, hash, value);
    }

    private void insertNew(Object key, long hash, Object value) {
        Table t = table;
        if (entryCount == t.entries.length) {
            t = resize(size + 1);
        }
        int[] indices = t.indices;
        int mask = indices.length - 1;
        long perturb = hash;
        int i = (int) hash & mask;
        while (indices[i] >= 0) {
            perturb >>>= 5;
            i = (int) (i * 5 + perturb + 1) & mask;
        }
        int ix = entryCount++;
        t.entries[ix] = new Entry(key, hash, value);
        indices[i] = ix;
        size = size + 1;
    }

    /** Copies the live entries into a table sized for {@code needed}, and publishes it. */
    private Table resize(int needed) {
        int indexSize = MIN_INDEX_SIZE;
        while (indexSize * 2 / 3 < needed * 3 / 2 + 1) {
            indexSize <<= 1;
        }
        Table old = table;
        Table fresh = new Table(indexSize);
        int mask = indexSize - 1;
        int n = 0;
        for (int j = 0; j < entryCount; j++) {
            Entry e = old.entries[j];
            if (e == null) {
                continue;
            }
            long perturb = e.hash;
            int i = (int) e.hash & mask;
            while (fresh.indices[i] >= 0) {
                perturb >>>= 5;
                i = (int) (i * 5 + perturb + 1) & mask;
            }
            fresh.entries[n] = e;
            fresh.indices[i] = n;
            n++;
        }
        entryCount = n;
        table = fresh;
        return fresh;
    }

    /** Removes {@code key}; returns its value, or null when it was absent. */
    @TruffleBoundary
    public synchronized Object removeItem(Object key) {
        Table t = table;
        int slot = findSlot(t, key, Hashing.hash(key));
        if (slot < 0) {
            return null;
        }
        int ix = t.indices[slot];
        Entry e = t.entries[ix];
        t.indices[slot] = DELETED;
        t.entries[ix] = null;
        size = size - 1;
        return e.value;
    }

    /** {@code dict.setdefault}: the existing value, or {@code value} after inserting it. */
    @TruffleBoundary
    public synchronized Object setDefault(Object key, Object value) {
        long hash = Hashing.hash(key);
        Table t = table;
        int slot = findSlot(t, key, hash);
        if (slot >= 0) {
            return t.entries[t.indices[slot]].value;
        }
        insertNew(key, hash, value);
        return value;
    }

    /** {@code dict.popitem}: the last entry as {key, value}, or null when empty. */
    @TruffleBoundary
    public synchronized Object[] popLast() {
        Table t = table;
        for (int ix = entryCount - 1; ix >= 0; ix--) {
            Entry e = t.entries[ix];
            if (e != null) {
                int slot = findSlot(t, e.key, e.hash);
                t.indices[slot] = DELETED;
                t.entries[ix] = null;
                entryCount = ix;
                size = size - 1;
                return new Object[]{e.key, e.value};
            }
        }
        return null;
    }

    @TruffleBoundary
    public synchronized void clear() {
        entryCount = 0;
        size = 0;
        table = new Table(MIN_INDEX_SIZE);
    }

    /** Adds every entry of {@code other}, as {@code self.update(other)} does for a dict. */
    @TruffleBoundary
    public void putAll(PDict other) {
        for (Entry e : other.entrySnapshot()) {
            setItemHashed(e.key, e.hash, e.value);
        }
    }

    // ---- whole-dict views ----

    /** The live entries in insertion order, at one moment. */
    @TruffleBoundary
    public synchronized Entry[] entrySnapshot() {
        Entry[] out = new Entry[size];
        Table t = table;
        int n = 0;
        for (int ix = 0; ix < entryCount; ix++) {
            Entry e = t.entries[ix];
            if (e != null) {
                out[n++] = e;
            }
        }
        return out;
    }

    @TruffleBoundary
    public Object[] keys() {
        Entry[] entries = entrySnapshot();
        Object[] out = new Object[entries.length];
        for (int i = 0; i < entries.length; i++) {
            out[i] = entries[i].key;
        }
        return out;
    }

    @TruffleBoundary
    public Object[] values() {
        Entry[] entries = entrySnapshot();
        Object[] out = new Object[entries.length];
        for (int i = 0; i < entries.length; i++) {
            out[i] = entries[i].value;
        }
        return out;
    }

    @TruffleBoundary
    public PDict copy(PythonClass cls) {
        PDict copy = new PDict(cls);
        copy.putAll(this);
        return copy;
    }

    // ---- iteration, for dict iterators ----

    /**
     * The first live entry at or after {@code position} in the table an iterator started on, or
     * null at the end. Iterators check {@link #size()} themselves to report a changed dict.
     */
    public Entry entryAtOrAfter(int position, int[] foundAt) {
        Table t = table;
        Entry[] entries = t.entries;
        for (int ix = position; ix < entries.length; ix++) {
            Entry e = entries[ix];
            if (e != null) {
                foundAt[0] = ix;
                return e;
            }
        }
        return null;
    }

    /** Like {@link #entryAtOrAfter}, searching backwards from {@code position}, for reversed iteration. */
    public Entry entryAtOrBefore(int position, int[] foundAt) {
        Entry[] entries = table.entries;
        for (int ix = Math.min(position, entries.length - 1); ix >= 0; ix--) {
            Entry e = entries[ix];
            if (e != null) {
                foundAt[0] = ix;
                return e;
            }
        }
        return null;
    }
}
