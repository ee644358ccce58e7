package skein.stdlib.functools;

import skein.interpreter.objects.PDict;
import skein.interpreter.objects.PNone;
import skein.interpreter.objects.PTuple;
import skein.interpreter.objects.PythonClass;
import skein.interpreter.objects.PythonObject;
import skein.interpreter.runtime.Calls;
import skein.interpreter.runtime.TypeOf;

import java.math.BigInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code functools._lru_cache_wrapper}: a function with its results cached by arguments. The
 * cache is a dict (which hashes and compares keys with Python semantics and stays consistent
 * under threads); bounded caches keep it in least-recently-used order, a hit moving its key to
 * the end and a full cache dropping the first. As in CPython, two threads missing the same key
 * at once both call the function, and the first result stored stays.
 */
final class LruCacheWrapper extends PythonObject {

    private final Object function;
    /** -1 when unbounded. */
    private final long maxsize;
    private final boolean typed;
    private final PythonClass cacheInfoType;
    /** Separates positional from keyword arguments in keys. */
    private final Object keywordMark;
    private final PDict cache;
    private final AtomicLong hits = new AtomicLong();
    private final AtomicLong misses = new AtomicLong();

    LruCacheWrapper(PythonClass cls, Object function, long maxsize, boolean typed, PythonClass cacheInfoType,
                    Object keywordMark, PythonClass dictType) {
        super(cls);
        this.function = function;
        this.maxsize = maxsize;
        this.typed = typed;
        this.cacheInfoType = cacheInfoType;
        this.keywordMark = keywordMark;
        this.cache = new PDict(dictType);
    }

    Object call(PTuple args, PDict kwargs, PythonClass tupleType) {
        if (maxsize == 0) {
            misses.incrementAndGet();
            return callFunction(args, kwargs);
        }
        Object key = key(args, kwargs, tupleType);
        Object cached = cache.getItem(key);
        if (cached != null) {
            hits.incrementAndGet();
            if (maxsize > 0 && cache.removeItem(key) != null) {
                cache.setItem(key, cached);
            }
            return cached;
        }
        misses.incrementAndGet();
        Object result = callFunction(args, kwargs);
        if (maxsize < 0) {
            cache.setItem(key, result);
            return result;
        }
        if (cache.getItem(key) != null) {
            return result;
        }
        while (cache.size() >= maxsize) {
            PDict.Entry oldest = cache.entryAtOrAfter(0, new int[1]);
            if (oldest == null) {
                break;
            }
            cache.removeItem(oldest.key);
        }
        cache.setItem(key, result);
        return result;
    }

    private Object callFunction(PTuple args, PDict kwargs) {
        PDict.Entry[] entries = kwargs.entrySnapshot();
        if (entries.length == 0) {
            return Calls.call(function, args.items());
        }
        String[] names = new String[entries.length];
        Object[] values = new Object[entries.length];
        for (int i = 0; i < entries.length; i++) {
            names[i] = (String) entries[i].key;
            values[i] = entries[i].value();
        }
        return Calls.callWithKeywords(function, args.items(), names, values);
    }

    /**
     * The cache key: the positional arguments, then (if any) a marker and the keyword names and
     * values in call order, then (if typed) every argument's type. A lone int or str argument is
     * its own key.
     */
    private Object key(PTuple args, PDict kwargs, PythonClass tupleType) {
        PDict.Entry[] keywords = kwargs.entrySnapshot();
        if (!typed && keywords.length == 0) {
            if (args.size() == 1) {
                Object only = args.get(0);
                if (only instanceof String || only instanceof Long || only instanceof BigInteger) {
                    return only;
                }
            }
            return args;
        }
        int size = args.size() + (keywords.length == 0 ? 0 : 1 + 2 * keywords.length);
        if (typed) {
            size += args.size() + keywords.length;
        }
        Object[] key = new Object[size];
        int n = 0;
        for (Object arg : args.items()) {
            key[n++] = arg;
        }
        if (keywords.length > 0) {
            key[n++] = keywordMark;
            for (PDict.Entry e : keywords) {
                key[n++] = e.key;
                key[n++] = e.value();
            }
        }
        if (typed) {
            for (Object arg : args.items()) {
                key[n++] = TypeOf.get(arg);
            }
            for (PDict.Entry e : keywords) {
                key[n++] = TypeOf.get(e.value());
            }
        }
        return new PTuple(tupleType, key);
    }

    Object cacheInfo() {
        Object size = maxsize < 0 ? PNone.NONE : (Object) maxsize;
        return Calls.call(cacheInfoType, hits.get(), misses.get(), size, (long) cache.size());
    }

    void clear() {
        cache.clear();
        hits.set(0);
        misses.set(0);
    }
}
