package skein.interpreter.builtins.types;

import skein.interpreter.builtins.BuiltinDefiner;
import skein.interpreter.objects.Missing;
import skein.interpreter.objects.PByteArray;
import skein.interpreter.objects.PNone;
import skein.interpreter.objects.PNotImplemented;
import skein.interpreter.objects.PSlice;
import skein.interpreter.objects.PythonClass;
import skein.interpreter.objects.iterators.PByteArrayIterator;
import skein.interpreter.runtime.BuiltinTypes;
import skein.interpreter.runtime.BytesLike;
import skein.interpreter.runtime.Iteration;
import skein.interpreter.runtime.Numbers;
import skein.interpreter.runtime.SliceIndices;
import skein.interpreter.runtime.Subscripts;
import skein.interpreter.runtime.TypeOf;
import skein.interpreter.runtime.codecs.Codecs;
import skein.interpreter.runtime.exception.PythonErrors;
import skein.interpreter.runtime.text.BytesRepr;

/**
 * {@code bytearray}: a mutable byte sequence, with the methods of bytes and those of a list of
 * small ints. Each method is one atomic operation on the {@link PByteArray}.
 */
final class ByteArrayMethods {

    private ByteArrayMethods() {
    }

    static void define(BuiltinDefiner d) {
        BuiltinTypes t = d.types();
        PythonClass type = t.define("bytearray", PByteArray::new, false);
        PythonClass iteratorType = t.define("bytearray_iterator", null, false);
        IteratorMethods.defineFor(d, iteratorType);
        d.method(type, "__init__(self, /, source=?, encoding=?, errors=?)", a -> {
            ((PByteArray) a[0]).replaceAll(construct(a[1], a[2], a[3]));
            return PNone.NONE;
        });
        BytesLikeMethods.define(d, type, data -> new PByteArray(type, data), "bytearray");
        d.constant(type, "__hash__", PNone.NONE);
        d.method(type, "__repr__(self, /)", a -> TypeOf.name(a[0]) + "(" + BytesRepr.byteArrayRepr(array(a[0]).snapshot()) + ")");
        d.method(type, "__iter__(self, /)", a -> new PByteArrayIterator(iteratorType, array(a[0])));
        d.method(type, "__setitem__(self, key, value, /)", a -> {
            setItem(array(a[0]), a[1], a[2]);
            return PNone.NONE;
        });
        d.method(type, "__delitem__(self, key, /)", a -> {
            deleteItem(array(a[0]), a[1]);
            return PNone.NONE;
        });
        d.method(type, "__iadd__(self, value, /)", a -> {
            byte[] other = BytesLike.bytesOrNull(a[1]);
            if (other == null) {
                throw PythonErrors.typeError("can't concat " + TypeOf.name(a[1]) + " to " + TypeOf.name(a[0]));
            }
            array(a[0]).appendAll(other);
            return a[0];
        });
        d.method(type, "__imul__(self, value, /)", a -> {
            PByteArray self = array(a[0]);
            if (!SequenceArguments.isIndex(a[1])) {
                return PNotImplemented.INSTANCE;
            }
            self.repeat(SequenceArguments.repeatCount(a[1]));
            return self;
        });
        d.method(type, "append(self, item, /)", a -> {
            array(a[0]).append(BytesLikeMethods.byteValue(a[1]));
            return PNone.NONE;
        });
        d.method(type, "extend(self, iterable_of_ints, /)", a -> {
            PByteArray self = array(a[0]);
            byte[] values = BytesLike.bytesOrNull(a[1]);
            if (values == null) {
                if (!Iteration.isIterable(a[1])) {
                    throw PythonErrors.typeError("can't extend bytearray with " + TypeOf.name(a[1]));
                }
                values = fromInts(Iteration.toArray(a[1]));
            }
            self.appendAll(values);
            return PNone.NONE;
        });
        d.method(type, "insert(self, index, item, /)", a -> {
            PByteArray self = array(a[0]);
            long index = Numbers.indexAsLong(a[1]);
            int value = BytesLikeMethods.byteValue(a[2]);
            int size = self.size();
            long at = index < 0 ? Math.max(index + size, 0) : Math.min(index, size);
            self.insert((int) at, value);
            return PNone.NONE;
        });
        d.method(type, "pop(self, index=-1, /)", a -> {
            PByteArray self = array(a[0]);
            long index = Numbers.indexAsLong(a[1]);
            int size = self.size();
            if (size == 0) {
                throw PythonErrors.indexError("pop from empty bytearray");
            }
            int i = Subscripts.normalizeIndex(index, size);
            int value = i < 0 ? -1 : self.removeAt(i);
            if (value < 0) {
                throw PythonErrors.indexError("pop index out of range");
            }
            return (long) value;
        });
        d.method(type, "remove(self, value, /)", a -> {
            if (!array(a[0]).removeFirst(BytesLikeMethods.byteValue(a[1]))) {
                throw PythonErrors.valueError("value not found in bytearray");
            }
            return PNone.NONE;
        });
        d.method(type, "clear(self, /)", a -> {
            array(a[0]).replaceAll(new byte[0]);
            return PNone.NONE;
        });
        d.method(type, "copy(self, /)", a -> new PByteArray(type, array(a[0]).snapshot()));
        d.method(type, "reverse(self, /)", a -> {
            array(a[0]).reverse();
            return PNone.NONE;
        });
    }

    private static PByteArray array(Object self) {
        return (PByteArray) self;
    }

    /** The contents of {@code bytearray(source, encoding, errors)}. */
    private static byte[] construct(Object source, Object encoding, Object errors) {
        if (source == Missing.INSTANCE) {
            if (encoding != Missing.INSTANCE || errors != Missing.INSTANCE) {
                throw PythonErrors.typeError("encoding or errors without sequence argument");
            }
            return new byte[0];
        }
        String text = StrMethods.stringOrNull(source);
        if (text != null) {
            if (encoding == Missing.INSTANCE) {
                throw PythonErrors.typeError("string argument without an encoding");
            }
            return Codecs.encode(text, StrMethods.stringArgument(encoding, "bytearray", "encoding"),
                    errors == Missing.INSTANCE ? "strict" : StrMethods.stringArgument(errors, "bytearray", "errors"));
        }
        if (encoding != Missing.INSTANCE || errors != Missing.INSTANCE) {
            throw PythonErrors.typeError(encoding != Missing.INSTANCE ? "encoding without a string argument"
                    : "errors without a string argument");
        }
        byte[] zeros = BytesMethods.zeros(source);
        if (zeros != null) {
            return zeros;
        }
        byte[] bytes = BytesLike.bytesOrNull(source);
        if (bytes != null) {
            return bytes.clone();
        }
        if (!Iteration.isIterable(source)) {
            throw PythonErrors.typeError("cannot convert '" + TypeOf.name(source) + "' object to bytearray");
        }
        return fromInts(Iteration.toArray(source));
    }

    private static byte[] fromInts(Object[] items) {
        byte[] out = new byte[items.length];
        for (int i = 0; i < items.length; i++) {
            out[i] = (byte) BytesLikeMethods.byteValue(items[i]);
        }
        return out;
    }

    private static void setItem(PByteArray self, Object key, Object value) {
        if (key instanceof PSlice slice) {
            assignSlice(self, slice, value);
            return;
        }
        long index = index(key);
        int value8 = BytesLikeMethods.byteValue(value);
        int i = Subscripts.normalizeIndex(index, self.size());
        if (i < 0 || !self.setIfPresent(i, value8)) {
            throw PythonErrors.indexError("bytearray index out of range");
        }
    }

    /** The bytes a slice assignment puts in: bytes-like objects, or iterables of ints. */
    private static byte[] assignedBytes(Object value) {
        byte[] bytes = BytesLike.bytesOrNull(value);
        if (bytes != null) {
            return bytes;
        }
        if (StrMethods.stringOrNull(value) != null || Numbers.intValueOrNull(value) != null
                || Numbers.floatValueOrNull(value) != null || !Iteration.isIterable(value)) {
            throw PythonErrors.typeError("can assign only bytes, buffers, or iterables of ints in range(0, 256)");
        }
        return fromInts(Iteration.toArray(value));
    }

    private static void assignSlice(PByteArray self, PSlice slice, Object value) {
        byte[] values = assignedBytes(value);
        byte[] current = self.snapshot();
        SliceIndices indices = SliceIndices.of(slice, current.length);
        if (indices.step() == 1) {
            int start = indices.start();
            self.replaceRange(start, Math.max(start, start + indices.length()), values);
            return;
        }
        if (values.length == 0) {
            // CPython deletes an extended slice that is assigned nothing.
            deleteItem(self, slice);
            return;
        }
        if (values.length != indices.length()) {
            throw PythonErrors.valueError("attempt to assign bytes of size " + values.length
                    + " to extended slice of size " + indices.length());
        }
        for (int k = 0; k < values.length; k++) {
            current[indices.at(k)] = values[k];
        }
        self.replaceAll(current);
    }

    private static void deleteItem(PByteArray self, Object key) {
        if (key instanceof PSlice slice) {
            byte[] current = self.snapshot();
            SliceIndices indices = SliceIndices.of(slice, current.length);
            if (indices.step() == 1) {
                self.replaceRange(indices.start(), indices.start() + indices.length(), new byte[0]);
                return;
            }
            boolean[] removed = new boolean[current.length];
            for (int k = 0; k < indices.length(); k++) {
                removed[indices.at(k)] = true;
            }
            byte[] kept = new byte[current.length - indices.length()];
            int n = 0;
            for (int k = 0; k < current.length; k++) {
                if (!removed[k]) {
                    kept[n++] = current[k];
                }
            }
            self.replaceAll(kept);
            return;
        }
        int i = Subscripts.normalizeIndex(index(key), self.size());
        if (i < 0 || self.removeAt(i) < 0) {
            throw PythonErrors.indexError("bytearray index out of range");
        }
    }

    private static long index(Object key) {
        if (Numbers.intValueOrNull(key) == null && TypeOf.get(key).lookup("__index__") == null) {
            throw PythonErrors.typeError("bytearray indices must be integers or slices, not " + TypeOf.name(key));
        }
        return Numbers.indexAsLong(key);
    }
}
