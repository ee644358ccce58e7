package skein.interpreter.objects;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import skein.interpreter.runtime.Hashing;

/**
 * What {@code set} and {@code frozenset} share: a {@link SetTable} behind the object's monitor,
 * so that each operation is atomic. Python code that runs during a lookup ({@code __eq__},
 * {@code __hash__}) runs with the monitor held, as it runs under the GIL in CPython.
 */
public abstract class PBaseSet extends PythonObject {

    private SetTable table = new SetTable();
    private final int[] popFinger = new int[1];

    protected PBaseSet(PythonClass cls) {
        super(cls);
    }

    public final synchronized int size() {
        return table.used;
    }

    public final boolean contains(Object key) {
        long hash = Hashing.hash(key);
        synchronized (this) {
            return table.contains(key, hash);
        }
    }

    /** Adds a key; false when it was present. Frozensets use this only while being built. */
    public final boolean addKey(Object key) {
        long hash = Hashing.hash(key);
        synchronized (this) {
            return table.add(key, hash);
        }
    }

    public final boolean discardKey(Object key) {
        long hash = Hashing.hash(key);
        synchronized (this) {
            return table.discard(key, hash);
        }
    }

    /** Adds every element of another set in CPython's merge order. */
    @TruffleBoundary
    public final void addAll(PBaseSet other) {
        if (other == this) {
            return;
        }
        SetTable source;
        synchronized (other) {
            source = other.table.copy();
        }
        synchronized (this) {
            table.merge(source);
        }
    }

    /** Adds the keys of a dict, sizing the table first as CPython does. */
    @TruffleBoundary
    public final void addDictKeys(PDict dict) {
        PDict.Entry[] entries = dict.entrySnapshot();
        synchronized (this) {
            table.reserveFor(entries.length);
            for (PDict.Entry e : entries) {
                table.add(e.key, e.hash);
            }
        }
    }

    /** A set's elements and their hashes at one moment, in iteration order. */
    public record Entries(Object[] keys, long[] hashes) {
        public int size() {
            return keys.length;
        }
    }

    @TruffleBoundary
    public final synchronized Entries entries() {
        return new Entries(table.keysInOrder(), table.hashesInOrder());
    }

    /** Membership of a key whose hash is already known (taken from another set's entries). */
    public final boolean containsHashed(Object key, long hash) {
        synchronized (this) {
            return table.contains(key, hash);
        }
    }

    public final boolean addHashed(Object key, long hash) {
        synchronized (this) {
            return table.add(key, hash);
        }
    }

    public final boolean discardHashed(Object key, long hash) {
        synchronized (this) {
            return table.discard(key, hash);
        }
    }

    /** Adds entries one by one, in order, as CPython inserts keys it cannot assume absent. */
    @TruffleBoundary
    public final synchronized void addEntries(Entries entries) {
        for (int i = 0; i < entries.keys.length; i++) {
            table.add(entries.keys[i], entries.hashes[i]);
        }
    }

    /** {@code difference_update} with a set's entries: discards each, then drops the dummies if many. */
    @TruffleBoundary
    public final synchronized void discardEntries(Entries entries) {
        for (int i = 0; i < entries.keys.length; i++) {
            table.discard(entries.keys[i], entries.hashes[i]);
        }
        table.compactIfSparse();
    }

    /** Rebuilds the table when more than a quarter of it is deleted slots, as CPython does after a difference update. */
    @TruffleBoundary
    public final synchronized void compactIfSparse() {
        table.compactIfSparse();
    }

    /** {@code symmetric_difference_update}: each entry is discarded if present, added otherwise. */
    @TruffleBoundary
    public final synchronized void toggleEntries(Entries entries) {
        for (int i = 0; i < entries.keys.length; i++) {
            if (!table.discard(entries.keys[i], entries.hashes[i])) {
                table.add(entries.keys[i], entries.hashes[i]);
            }
        }
    }

    /** The elements at one moment, in iteration order. */
    @TruffleBoundary
    public final synchronized Object[] elements() {
        return table.keysInOrder();
    }

    @TruffleBoundary
    public final synchronized Object popAny() {
        if (table.used == 0) {
            return null;
        }
        return table.popAny(popFinger);
    }

    @TruffleBoundary
    public final synchronized void clear() {
        table = new SetTable();
    }

    /** Gives {@code target} a copy of this set's table, replacing its contents (CPython's swap of set bodies). */
    @TruffleBoundary
    public final void copyInto(PBaseSet target) {
        SetTable copy;
        synchronized (this) {
            copy = table.copy();
        }
        synchronized (target) {
            target.table = copy;
        }
    }
}
