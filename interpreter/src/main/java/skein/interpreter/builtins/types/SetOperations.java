package skein.interpreter.builtins.types;

import skein.interpreter.SkeinLanguage;
import skein.interpreter.objects.PBaseSet;
import skein.interpreter.objects.PDict;
import skein.interpreter.objects.PFrozenSet;
import skein.interpreter.objects.PSet;
import skein.interpreter.objects.PythonClass;
import skein.interpreter.runtime.BuiltinTypes;
import skein.interpreter.runtime.Containers;
import skein.interpreter.runtime.Hashing;
import skein.interpreter.runtime.Iteration;
import skein.interpreter.runtime.TypeOf;
import skein.interpreter.runtime.exception.PException;

/**
 * The set algebra of {@code set}, {@code frozenset} and the dict views, step for step as
 * CPython's {@code setobject.c} does it: which operand is iterated, which is copied first and
 * when the table is rebuilt decide the order the result iterates in, and programs print sets.
 * Elements taken from another set keep the hash stored with them, as CPython's do.
 */
final class SetOperations {

    private SetOperations() {
    }

    // ---- making sets ----

    /** An empty instance of {@code cls}, a subclass of set or frozenset. */
    static PBaseSet empty(PythonClass cls) {
        BuiltinTypes types = SkeinLanguage.types();
        return cls.isSubclassOf(types.setType) ? new PSet(cls) : new PFrozenSet(cls);
    }

    /** {@code set(iterable)} or {@code frozenset(iterable)} of class {@code cls}; null means no iterable. */
    static PBaseSet make(PythonClass cls, Object iterable) {
        PBaseSet set = empty(cls);
        if (iterable != null) {
            update(set, iterable);
        }
        return set;
    }

    /** A new set of {@code so}'s base type (set or frozenset, never a subclass), as set operations return. */
    static PBaseSet makeLike(PBaseSet so, Object iterable) {
        BuiltinTypes types = SkeinLanguage.types();
        return make(so instanceof PSet ? types.setType : types.frozensetType, iterable);
    }

    static PBaseSet copy(PBaseSet so) {
        return makeLike(so, so);
    }

    static PFrozenSet frozen(Object iterable) {
        return (PFrozenSet) make(SkeinLanguage.types().frozensetType, iterable);
    }

    // ---- adding and removing ----

    /** {@code set_update_internal}: another set merges whole, an exact dict adds its keys with their hashes. */
    static void update(PBaseSet so, Object other) {
        if (other instanceof PBaseSet set) {
            so.addAll(set);
            return;
        }
        if (other instanceof PDict dict && dict.getPythonClass() == SkeinLanguage.types().dictType) {
            so.addDictKeys(dict);
            return;
        }
        Object iterator = Iteration.getIterator(other);
        Object key;
        while ((key = Iteration.next(iterator)) != null) {
            so.addKey(key);
        }
    }

    /** {@code key in so}, where an unhashable set stands for the frozenset of its elements. */
    static boolean contains(PBaseSet so, Object key) {
        return Containers.setContains(so, key);
    }

    /** {@code set.discard}; false when the key was absent. An unhashable set key stands for its frozenset, as in {@link #contains}. */
    static boolean discard(PBaseSet so, Object key) {
        try {
            return so.discardKey(key);
        } catch (PException e) {
            if (!isUnhashableSet(key, e)) {
                throw e;
            }
            return so.discardKey(frozen(key));
        }
    }

    private static boolean isUnhashableSet(Object key, PException e) {
        return key instanceof PSet && TypeOf.get(e.pythonException()).isSubclassOf(SkeinLanguage.types().typeError);
    }

    // ---- union ----

    /** {@code so | other} for two sets. */
    static PBaseSet or(PBaseSet so, PBaseSet other) {
        PBaseSet result = copy(so);
        if (so != other) {
            update(result, other);
        }
        return result;
    }

    /** {@code so.union(*others)}. */
    static PBaseSet union(PBaseSet so, Object[] others) {
        PBaseSet result = copy(so);
        for (Object other : others) {
            if (other != so) {
                update(result, other);
            }
        }
        return result;
    }

    // ---- intersection ----

    /** {@code set_intersection}: iterates the smaller set, keeping what the larger one contains. */
    static PBaseSet intersection(PBaseSet so, Object other) {
        if (so == other) {
            return copy(so);
        }
        PBaseSet result = makeLike(so, null);
        if (other instanceof PBaseSet otherSet) {
            PBaseSet larger = so;
            PBaseSet smaller = otherSet;
            if (otherSet.size() > so.size()) {
                larger = otherSet;
                smaller = so;
            }
            PBaseSet.Entries entries = smaller.entries();
            for (int i = 0; i < entries.size(); i++) {
                if (larger.containsHashed(entries.keys()[i], entries.hashes()[i])) {
                    result.addHashed(entries.keys()[i], entries.hashes()[i]);
                }
            }
            return result;
        }
        Object iterator = Iteration.getIterator(other);
        Object key;
        while ((key = Iteration.next(iterator)) != null) {
            long hash = Hashing.hash(key);
            if (so.containsHashed(key, hash)) {
                result.addHashed(key, hash);
            }
        }
        return result;
    }

    static PBaseSet intersectionMulti(PBaseSet so, Object[] others) {
        if (others.length == 0) {
            return copy(so);
        }
        PBaseSet result = so;
        for (Object other : others) {
            result = intersection(result, other);
        }
        return result;
    }

    /** {@code so &= other} and {@code intersection_update}: the intersection's table becomes so's. */
    static void intersectionUpdate(PBaseSet so, Object[] others) {
        intersectionMulti(so, others).copyInto(so);
    }

    static boolean isDisjoint(PBaseSet so, Object other) {
        if (so == other) {
            return so.size() == 0;
        }
        BuiltinTypes types = SkeinLanguage.types();
        if (other instanceof PBaseSet otherSet && (otherSet.getPythonClass() == types.setType
                || otherSet.getPythonClass() == types.frozensetType)) {
            PBaseSet larger = so;
            PBaseSet smaller = otherSet;
            if (otherSet.size() > so.size()) {
                larger = otherSet;
                smaller = so;
            }
            PBaseSet.Entries entries = smaller.entries();
            for (int i = 0; i < entries.size(); i++) {
                if (larger.containsHashed(entries.keys()[i], entries.hashes()[i])) {
                    return false;
                }
            }
            return true;
        }
        Object iterator = Iteration.getIterator(other);
        Object key;
        while ((key = Iteration.next(iterator)) != null) {
            if (so.contains(key)) {
                return false;
            }
        }
        return true;
    }

    // ---- difference ----

    /**
     * {@code set_difference}: iterates so keeping what other lacks, unless so is much larger
     * than other, when copying so and discarding other's elements is cheaper (and orders differently).
     */
    static PBaseSet difference(PBaseSet so, Object other) {
        int otherSize;
        PDict exactDict = null;
        if (other instanceof PBaseSet otherSet) {
            otherSize = otherSet.size();
        } else if (other instanceof PDict dict && dict.getPythonClass() == SkeinLanguage.types().dictType) {
            otherSize = dict.size();
            exactDict = dict;
        } else {
            return copyAndDifference(so, other);
        }
        if ((so.size() >> 2) > otherSize) {
            return copyAndDifference(so, other);
        }
        PBaseSet result = makeLike(so, null);
        PBaseSet.Entries entries = so.entries();
        for (int i = 0; i < entries.size(); i++) {
            Object key = entries.keys()[i];
            boolean inOther = exactDict != null ? exactDict.containsKey(key)
                    : ((PBaseSet) other).containsHashed(key, entries.hashes()[i]);
            if (!inOther) {
                result.addHashed(key, entries.hashes()[i]);
            }
        }
        return result;
    }

    private static PBaseSet copyAndDifference(PBaseSet so, Object other) {
        PBaseSet result = copy(so);
        differenceUpdate(result, other);
        return result;
    }

    static PBaseSet differenceMulti(PBaseSet so, Object[] others) {
        if (others.length == 0) {
            return copy(so);
        }
        PBaseSet result = difference(so, others[0]);
        for (int i = 1; i < others.length; i++) {
            differenceUpdate(result, others[i]);
        }
        return result;
    }

    /** {@code set_difference_update_internal}: discards other's elements, then drops the dummies if they are many. */
    static void differenceUpdate(PBaseSet so, Object other) {
        if (so == other) {
            so.clear();
            return;
        }
        if (other instanceof PBaseSet otherSet) {
            so.discardEntries(otherSet.entries());
            return;
        }
        Object iterator = Iteration.getIterator(other);
        Object key;
        while ((key = Iteration.next(iterator)) != null) {
            so.discardKey(key);
        }
        so.compactIfSparse();
    }

    // ---- symmetric difference ----

    /** {@code set_symmetric_difference}: a copy of other, updated with so. */
    static PBaseSet symmetricDifference(PBaseSet so, Object other) {
        PBaseSet result = makeLike(so, other);
        symmetricDifferenceUpdate(result, so);
        return result;
    }

    static void symmetricDifferenceUpdate(PBaseSet so, Object other) {
        if (so == other) {
            so.clear();
            return;
        }
        if (other instanceof PDict dict && dict.getPythonClass() == SkeinLanguage.types().dictType) {
            so.toggleEntries(entriesOf(dict));
            return;
        }
        PBaseSet otherSet = other instanceof PBaseSet set ? set : makeLike(so, other);
        so.toggleEntries(otherSet.entries());
    }

    private static PBaseSet.Entries entriesOf(PDict dict) {
        PDict.Entry[] entries = dict.entrySnapshot();
        Object[] keys = new Object[entries.length];
        long[] hashes = new long[entries.length];
        for (int i = 0; i < entries.length; i++) {
            keys[i] = entries[i].key;
            hashes[i] = entries[i].hash;
        }
        return new PBaseSet.Entries(keys, hashes);
    }

    // ---- comparisons ----

    static boolean isSubset(PBaseSet so, Object other) {
        if (!(other instanceof PBaseSet otherSet)) {
            return isSubset(so, make(SkeinLanguage.types().setType, other));
        }
        if (so.size() > otherSet.size()) {
            return false;
        }
        PBaseSet.Entries entries = so.entries();
        for (int i = 0; i < entries.size(); i++) {
            if (!otherSet.containsHashed(entries.keys()[i], entries.hashes()[i])) {
                return false;
            }
        }
        return true;
    }

    static boolean isSuperset(PBaseSet so, Object other) {
        if (other instanceof PBaseSet otherSet) {
            return isSubset(otherSet, so);
        }
        Object iterator = Iteration.getIterator(other);
        Object key;
        while ((key = Iteration.next(iterator)) != null) {
            if (!so.contains(key)) {
                return false;
            }
        }
        return true;
    }
}
