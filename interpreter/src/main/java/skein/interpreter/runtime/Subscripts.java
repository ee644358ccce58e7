package skein.interpreter.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import skein.interpreter.SkeinLanguage;
import skein.interpreter.objects.PBytes;
import skein.interpreter.objects.PDict;
import skein.interpreter.objects.PGenericAlias;
import skein.interpreter.objects.PList;
import skein.interpreter.objects.PNone;
import skein.interpreter.objects.PRange;
import skein.interpreter.objects.PSlice;
import skein.interpreter.objects.PTuple;
import skein.interpreter.objects.PythonClass;
import skein.interpreter.runtime.exception.PythonErrors;

/** {@code x[key]}, {@code x[key] = value} and {@code del x[key]}. */
public final class Subscripts {

    private Subscripts() {
    }

    /** Normalizes a possibly negative index; -1 when out of range. */
    public static int normalizeIndex(long index, int length) {
        long i = index < 0 ? index + length : index;
        return i < 0 || i >= length ? -1 : (int) i;
    }

    @TruffleBoundary
    public static Object getItem(Object obj, Object key) {
        BuiltinTypes types = SkeinLanguage.types();
        PythonClass type = TypeOf.get(obj, types);
        if (type.isBuiltin()) {
            Object result = builtinGetItem(obj, key, types);
            if (result != null) {
                return result;
            }
        }
        if (obj instanceof PDict dict && type.isSubclassOf(types.dictType) && type.lookup("__getitem__") == types.dictType.lookup("__getitem__")) {
            return dictGetItem(dict, key, type);
        }
        Object method = type.lookup("__getitem__");
        if (method != null) {
            return Calls.callSpecial(obj, "__getitem__", key);
        }
        if (obj instanceof PythonClass cls) {
            if (cls == types.typeType) {
                return PGenericAlias.of(types.other(PGenericAlias.TYPE_NAME), types.tupleType, cls, key);
            }
            Object classGetItem = cls.lookup("__class_getitem__");
            if (classGetItem != null) {
                return Calls.call(Attributes.bindToClass(classGetItem, cls), key);
            }
            throw PythonErrors.typeError("type '" + cls.getTypeName() + "' is not subscriptable");
        }
        throw PythonErrors.typeError("'" + type.getTypeName() + "' object is not subscriptable");
    }

    /** {@code dict[key]}, with {@code __missing__} for subclasses that define it. */
    @TruffleBoundary
    public static Object dictGetItem(PDict dict, Object key, PythonClass type) {
        Object value = dict.getItem(key);
        if (value != null) {
            return value;
        }
        if (type != SkeinLanguage.types().dictType && type.lookup("__missing__") != null) {
            return Calls.callSpecial(dict, "__missing__", key);
        }
        throw PythonErrors.keyError(key);
    }

    /** Item access on builtin types; null when obj/key are not a builtin case. */
    @TruffleBoundary
    public static Object builtinGetItem(Object obj, Object key, BuiltinTypes types) {
        if (obj instanceof PList list) {
            if (key instanceof PSlice slice) {
                return new PList(types.listType, sliceOf(list.snapshot(), slice));
            }
            long index = sequenceIndex(key, "list");
            int size = list.size();
            int i = normalizeIndex(index, size);
            Object item = i < 0 ? null : list.getOrNull(i);
            if (item == null) {
                throw PythonErrors.indexError("list index out of range");
            }
            return item;
        } else if (obj instanceof PTuple tuple) {
            if (key instanceof PSlice slice) {
                return new PTuple(types.tupleType, sliceOf(tuple.items(), slice));
            }
            int i = normalizeIndex(sequenceIndex(key, "tuple"), tuple.size());
            if (i < 0) {
                throw PythonErrors.indexError("tuple index out of range");
            }
            return tuple.get(i);
        } else if (obj instanceof String s) {
            return stringGetItem(s, key);
        } else if (obj instanceof PDict dict) {
            return dictGetItem(dict, key, dict.getPythonClass());
        } else if (obj instanceof PRange range) {
            return Ranges.getItem(range, key);
        } else if (obj instanceof PBytes bytes) {
            if (key instanceof PSlice slice) {
                SliceIndices si = SliceIndices.of(slice, bytes.size());
                byte[] out = new byte[si.length()];
                for (int k = 0; k < out.length; k++) {
                    out[k] = bytes.bytes()[si.at(k)];
                }
                return new PBytes(types.bytesType, out);
            }
            int i = normalizeIndex(sequenceIndex(key, "byte"), bytes.size());
            if (i < 0) {
                throw PythonErrors.indexError("index out of range");
            }
            return (long) bytes.get(i);
        }
        return null;
    }

    @TruffleBoundary
    public static String stringGetItem(String s, Object key) {
        if (key instanceof PSlice slice) {
            int length = StrOps.length(s);
            SliceIndices si = SliceIndices.of(slice, length);
            if (si.step() == 1) {
                return StrOps.substring(s, si.start(), si.start() + si.length());
            }
            int[] codePoints = StrOps.codePoints(s);
            StringBuilder sb = new StringBuilder(si.length());
            for (int k = 0; k < si.length(); k++) {
                sb.appendCodePoint(codePoints[si.at(k)]);
            }
            return sb.toString();
        }
        if (!(key instanceof Long) && Numbers.intValueOrNull(key) == null && TypeOf.get(key).lookup("__index__") == null) {
            throw PythonErrors.typeError("string indices must be integers, not '" + TypeOf.name(key) + "'");
        }
        long index = Numbers.indexAsLong(key);
        int i = normalizeIndex(index, StrOps.length(s));
        if (i < 0) {
            throw PythonErrors.indexError("string index out of range");
        }
        return StrOps.charAt(s, i);
    }

    /** An integer index for a sequence, with CPython's TypeError for anything else. */
    @TruffleBoundary
    public static long sequenceIndex(Object key, String what) {
        if (key instanceof Long l) {
            return l;
        }
        if (Numbers.intValueOrNull(key) == null && TypeOf.get(key).lookup("__index__") == null) {
            throw PythonErrors.typeError(what + " indices must be integers or slices, not " + TypeOf.name(key));
        }
        return Numbers.indexAsLong(key);
    }

    public static Object[] sliceOf(Object[] items, PSlice slice) {
        SliceIndices si = SliceIndices.of(slice, items.length);
        Object[] out = new Object[si.length()];
        if (si.step() == 1) {
            System.arraycopy(items, si.start(), out, 0, si.length());
        } else {
            for (int k = 0; k < out.length; k++) {
                out[k] = items[si.at(k)];
            }
        }
        return out;
    }

    @TruffleBoundary
    public static void setItem(Object obj, Object key, Object value) {
        BuiltinTypes types = SkeinLanguage.types();
        PythonClass type = TypeOf.get(obj, types);
        if (type.isBuiltin()) {
            if (obj instanceof PList list) {
                listSetItem(list, key, value);
                return;
            } else if (obj instanceof PDict dict) {
                dict.setItem(key, value);
                return;
            }
        }
        Object method = type.lookup("__setitem__");
        if (method == null) {
            throw PythonErrors.typeError("'" + type.getTypeName() + "' object does not support item assignment");
        }
        Calls.callSpecial(obj, "__setitem__", key, value);
    }

    @TruffleBoundary
    public static void listSetItem(PList list, Object key, Object value) {
        if (key instanceof PSlice slice) {
            assignSlice(list, slice, value);
            return;
        }
        long index = sequenceIndex(key, "list");
        int i = normalizeIndex(index, list.size());
        if (i < 0 || !list.setIfPresent(i, value)) {
            throw PythonErrors.indexError("list assignment index out of range");
        }
    }

    private static void assignSlice(PList list, PSlice slice, Object value) {
        Object[] current = list.snapshot();
        SliceIndices si = SliceIndices.of(slice, current.length);
        if (!Iteration.isIterable(value)) {
            throw PythonErrors.typeError(si.step() == 1 ? "can only assign an iterable"
                    : "must assign iterable to extended slice");
        }
        Object[] values = Iteration.toArray(value);
        if (si.step() == 1) {
            int start = si.start();
            int stop = Math.max(start, si.start() + si.length());
            list.replaceRange(start, stop, values);
            return;
        }
        if (values.length != si.length()) {
            throw PythonErrors.valueError("attempt to assign sequence of size " + values.length
                    + " to extended slice of size " + si.length());
        }
        for (int k = 0; k < values.length; k++) {
            current[si.at(k)] = values[k];
        }
        list.replaceAll(current);
    }

    @TruffleBoundary
    public static void deleteItem(Object obj, Object key) {
        BuiltinTypes types = SkeinLanguage.types();
        PythonClass type = TypeOf.get(obj, types);
        if (type.isBuiltin()) {
            if (obj instanceof PList list) {
                listDeleteItem(list, key);
                return;
            } else if (obj instanceof PDict dict) {
                if (dict.removeItem(key) == null) {
                    throw PythonErrors.keyError(key);
                }
                return;
            }
        }
        Object method = type.lookup("__delitem__");
        if (method == null) {
            throw PythonErrors.typeError("'" + type.getTypeName() + "' object doesn't support item deletion");
        }
        Calls.callSpecial(obj, "__delitem__", key);
    }

    @TruffleBoundary
    public static void listDeleteItem(PList list, Object key) {
        if (key instanceof PSlice slice) {
            Object[] current = list.snapshot();
            SliceIndices si = SliceIndices.of(slice, current.length);
            if (si.step() == 1) {
                list.replaceRange(si.start(), si.start() + si.length(), new Object[0]);
                return;
            }
            boolean[] removed = new boolean[current.length];
            for (int k = 0; k < si.length(); k++) {
                removed[si.at(k)] = true;
            }
            Object[] kept = new Object[current.length - si.length()];
            int n = 0;
            for (int k = 0; k < current.length; k++) {
                if (!removed[k]) {
                    kept[n++] = current[k];
                }
            }
            list.replaceAll(kept);
            return;
        }
        long index = sequenceIndex(key, "list");
        int i = normalizeIndex(index, list.size());
        if (i < 0 || list.removeAt(i) == null) {
            throw PythonErrors.indexError("list assignment index out of range");
        }
    }

    /** A slice object for {@code x[a:b:c]}, None standing for a missing part. */
    public static PSlice slice(BuiltinTypes types, Object start, Object stop, Object step) {
        return new PSlice(types.sliceType, start == null ? PNone.NONE : start, stop == null ? PNone.NONE : stop,
                step == null ? PNone.NONE : step);
    }
}
