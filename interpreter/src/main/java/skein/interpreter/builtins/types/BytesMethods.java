package skein.interpreter.builtins.types;

import skein.interpreter.SkeinLanguage;
import skein.interpreter.builtins.BuiltinDefiner;
import skein.interpreter.objects.Missing;
import skein.interpreter.objects.PBytes;
import skein.interpreter.objects.PTuple;
import skein.interpreter.objects.PythonClass;
import skein.interpreter.objects.iterators.PArrayIterator;
import skein.interpreter.runtime.BuiltinTypes;
import skein.interpreter.runtime.BytesLike;
import skein.interpreter.runtime.Calls;
import skein.interpreter.runtime.Iteration;
import skein.interpreter.runtime.Numbers;
import skein.interpreter.runtime.TypeOf;
import skein.interpreter.runtime.codecs.Codecs;
import skein.interpreter.runtime.exception.PException;
import skein.interpreter.runtime.exception.PythonErrors;
import skein.interpreter.runtime.text.BytesRepr;

import java.math.BigInteger;
import java.util.Arrays;

/** {@code bytes}: an immutable byte sequence; a subclass's instances are PBytes of that class. */
final class BytesMethods {

    private BytesMethods() {
    }

    static void define(BuiltinDefiner d) {
        BuiltinTypes t = d.types();
        PythonClass bytesType = t.bytesType;
        d.staticMethod(bytesType, "__new__(cls, source=?, encoding=?, errors=?)", a -> {
            if (!(a[0] instanceof PythonClass cls) || !cls.isSubclassOf(bytesType)) {
                String name = a[0] instanceof PythonClass c ? c.getName() : TypeOf.name(a[0]);
                throw PythonErrors.typeError("bytes.__new__(" + name + "): " + name + " is not a subtype of bytes");
            }
            return new PBytes(cls, construct(a[1], a[2], a[3]));
        });
        BytesLikeMethods.define(d, bytesType, data -> new PBytes(bytesType, data), "byte");
        d.method(bytesType, "__hash__(self, /)", a -> hash(((PBytes) a[0]).bytes()));
        d.method(bytesType, "__repr__(self, /)", a -> BytesRepr.repr(((PBytes) a[0]).bytes()));
        d.method(bytesType, "__iter__(self, /)", a -> {
            byte[] data = ((PBytes) a[0]).bytes();
            Object[] items = new Object[data.length];
            for (int i = 0; i < items.length; i++) {
                items[i] = (long) (data[i] & 0xff);
            }
            return new PArrayIterator(t.bytesIteratorType, items);
        });
        d.method(bytesType, "__getnewargs__(self, /)", a ->
                new PTuple(t.tupleType, new Object[]{new PBytes(bytesType, ((PBytes) a[0]).bytes())}));
        d.method(bytesType, "__bytes__(self, /)", a -> {
            PBytes self = (PBytes) a[0];
            return self.getPythonClass() == bytesType ? self : new PBytes(bytesType, self.bytes());
        });
    }

    /** A hash of the contents; CPython's is randomized per run, so no program can rely on its values. */
    private static long hash(byte[] data) {
        return data.length == 0 ? 0 : Arrays.hashCode(data);
    }

    /** The contents of {@code bytes(source, encoding, errors)}. */
    private static byte[] construct(Object source, Object encoding, Object errors) {
        if (source == Missing.INSTANCE) {
            if (encoding != Missing.INSTANCE || errors != Missing.INSTANCE) {
                throw PythonErrors.typeError(encoding != Missing.INSTANCE ? "encoding without a string argument"
                        : "errors without a string argument");
            }
            return new byte[0];
        }
        String text = StrMethods.stringOrNull(source);
        if (encoding != Missing.INSTANCE) {
            if (text == null) {
                throw PythonErrors.typeError("encoding without a string argument");
            }
            return Codecs.encode(text, StrMethods.stringArgument(encoding, "bytes", "encoding"),
                    errors == Missing.INSTANCE ? "strict" : StrMethods.stringArgument(errors, "bytes", "errors"));
        }
        if (errors != Missing.INSTANCE) {
            throw PythonErrors.typeError(text != null ? "string argument without an encoding"
                    : "errors without a string argument");
        }
        if (!(source instanceof PBytes) && TypeOf.get(source).lookup("__bytes__") != null) {
            Object result = Calls.callSpecial(source, "__bytes__");
            if (!(result instanceof PBytes bytes)) {
                throw PythonErrors.typeError("__bytes__ returned non-bytes (type " + TypeOf.name(result) + ")");
            }
            return bytes.bytes();
        }
        if (text != null) {
            throw PythonErrors.typeError("string argument without an encoding");
        }
        byte[] zeros = zeros(source);
        if (zeros != null) {
            return zeros;
        }
        byte[] bytes = BytesLike.bytesOrNull(source);
        if (bytes != null) {
            return bytes;
        }
        if (!Iteration.isIterable(source)) {
            throw PythonErrors.typeError("cannot convert '" + TypeOf.name(source) + "' object to bytes");
        }
        Object[] items = Iteration.toArray(source);
        byte[] out = new byte[items.length];
        for (int i = 0; i < items.length; i++) {
            long value = Numbers.indexAsLong(items[i]);
            if (value < 0 || value > 255) {
                throw PythonErrors.valueError("bytes must be in range(0, 256)");
            }
            out[i] = (byte) value;
        }
        return out;
    }

    /**
     * {@code bytes(n)} and {@code bytearray(n)}: n zero bytes when the source is an int (or has
     * __index__ that does not raise TypeError); null when it is no such number.
     */
    static byte[] zeros(Object source) {
        if (Numbers.intValueOrNull(source) == null && TypeOf.get(source).lookup("__index__") == null) {
            return null;
        }
        Object count;
        try {
            count = Numbers.index(source);
        } catch (PException e) {
            if (e.pythonClass().isSubclassOf(SkeinLanguage.types().typeError)) {
                return null;
            }
            throw e;
        }
        if (count instanceof BigInteger) {
            throw PythonErrors.overflowError("cannot fit 'int' into an index-sized integer");
        }
        long n = (Long) count;
        if (n < 0) {
            throw PythonErrors.valueError("negative count");
        }
        if (n > Integer.MAX_VALUE - 16) {
            throw new OutOfMemoryError("bytes of " + n + " bytes");
        }
        return new byte[(int) n];
    }
}
