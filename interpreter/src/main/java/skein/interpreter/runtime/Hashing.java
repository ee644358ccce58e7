package skein.interpreter.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import skein.interpreter.objects.PBaseSet;
import skein.interpreter.objects.PFrozenSet;
import skein.interpreter.objects.PNone;
import skein.interpreter.objects.PTuple;
import skein.interpreter.objects.PValueObject;
import skein.interpreter.objects.PythonClass;
import skein.interpreter.runtime.exception.PythonErrors;
import skein.interpreter.runtime.format.NumericHash;

import java.math.BigInteger;

/**
 * {@code hash(x)} and the key equality of dicts and sets. Numbers hash as CPython's do (modulo
 * the Mersenne prime 2**61-1) so that {@code 1}, {@code 1.0} and {@code True} are one key and
 * sets of numbers iterate in CPython's order; strings use Java's cached hash (CPython's is
 * randomized per run, so no program can depend on it).
 */
public final class Hashing {

    private static final long NONE_HASH = 0x5eed_cafeL;

    private Hashing() {
    }

    public static long hashString(String s) {
        return s.hashCode();
    }

    public static long hashLong(long v) {
        return NumericHash.hash(v);
    }

    public static long hashBig(BigInteger v) {
        return NumericHash.hash(v);
    }

    public static long hashBoolean(boolean b) {
        return b ? 1 : 0;
    }

    /** Floats that are integral hash as the int they equal; a NaN boxed value has no identity here, so 0. */
    public static long hashDouble(double v) {
        return NumericHash.hash(v, 0);
    }

    /** {@code hash(x)}; raises TypeError for unhashable objects. */
    public static long hash(Object key) {
        if (key instanceof String s) {
            return hashString(s);
        } else if (key instanceof Long l) {
            return hashLong(l);
        }
        return hashGeneric(key);
    }

    @TruffleBoundary
    private static long hashGeneric(Object key) {
        if (key instanceof Boolean b) {
            return hashBoolean(b);
        } else if (key instanceof Double d) {
            return hashDouble(d);
        } else if (key instanceof BigInteger big) {
            return hashBig(big);
        } else if (key == PNone.NONE) {
            return NONE_HASH;
        }
        BuiltinTypes types = skein.interpreter.SkeinLanguage.types();
        PythonClass type = TypeOf.get(key, types);
        if (key instanceof PTuple tuple && type == types.tupleType) {
            return hashTuple(tuple);
        }
        if (key instanceof PFrozenSet set && type == types.frozensetType) {
            return hashFrozenSet(set);
        }
        if (key instanceof PValueObject boxed && type.lookup("__hash__") == types.objectType.lookup("__hash__")) {
            return hash(boxed.value());
        }
        Object method = type.lookup("__hash__");
        if (method == null || method == PNone.NONE) {
            throw PythonErrors.typeError("unhashable type: '" + type.getName() + "'");
        }
        Object result = Calls.call(method, key);
        if (result instanceof Long l) {
            return hashLong(l);
        } else if (result instanceof BigInteger big) {
            return hashBig(big);
        } else if (result instanceof Boolean b) {
            return hashBoolean(b);
        }
        throw PythonErrors.typeError("__hash__ method should return an integer");
    }

    /** The default {@code object.__hash__}: identity. */
    public static long identityHash(Object o) {
        return System.identityHashCode(o);
    }

    /** CPython's tuple hash, built on xxHash's mixing of the items' hashes. */
    @TruffleBoundary
    public static long hashTuple(PTuple tuple) {
        final long prime1 = 0x9E3779B185EBCA87L;
        final long prime2 = 0xC2B2AE3D27D4EB4FL;
        final long prime5 = 0x27D4EB2F165667C5L;
        long acc = prime5;
        for (Object item : tuple.items()) {
            long lane = hash(item);
            acc += lane * prime2;
            acc = Long.rotateLeft(acc, 31);
            acc *= prime1;
        }
        acc += tuple.size() ^ (prime5 ^ 3527539L);
        return acc == -1 ? 1546275796L : acc;
    }

    @TruffleBoundary
    public static long hashFrozenSet(PBaseSet set) {
        long h = 0;
        for (Object item : set.elements()) {
            long eh = hash(item);
            h ^= ((eh ^ 89869747L) ^ (eh << 16)) * 3644798167L;
        }
        h ^= ((long) set.size() + 1) * 1927868237L;
        h ^= (h >>> 11) ^ (h >>> 25);
        h = h * 69069L + 907133923L;
        return h == -1 ? 590923713L : h;
    }

    /** Whether two keys with equal hashes are the same key ({@code a == b}, identity first). */
    public static boolean keysEqual(Object a, Object b) {
        if (a == b) {
            return true;
        }
        if (a instanceof String sa) {
            return b instanceof String sb ? sa.equals(sb) : !(b instanceof Long) && Comparisons.equal(a, b);
        }
        if (a instanceof Long la && b instanceof Long lb) {
            return la.longValue() == lb.longValue();
        }
        return Comparisons.equal(a, b);
    }
}
