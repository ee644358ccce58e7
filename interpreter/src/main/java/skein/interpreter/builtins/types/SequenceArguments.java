package skein.interpreter.builtins.types;

import skein.interpreter.objects.Missing;
import skein.interpreter.objects.PNone;
import skein.interpreter.runtime.Numbers;
import skein.interpreter.runtime.TypeOf;
import skein.interpreter.runtime.exception.PythonErrors;

import java.math.BigInteger;

/** Argument conversions the str, bytes and bytearray methods share, with CPython's errors. */
final class SequenceArguments {

    private SequenceArguments() {
    }

    /**
     * An optional start or end of find/count/startswith: None or absent gives the default; ints
     * (and objects with __index__) clamp to the Java range, as CPython clamps to ssize_t.
     */
    static long sliceBound(Object value, long absent) {
        if (value == PNone.NONE || value == Missing.INSTANCE) {
            return absent;
        }
        if (Numbers.intValueOrNull(value) == null && TypeOf.get(value).lookup("__index__") == null) {
            throw PythonErrors.typeError("slice indices must be integers or None or have an __index__ method");
        }
        return Numbers.indexAsLong(value);
    }

    /** A size or count argument: an int that fits an index, OverflowError beyond. */
    static long size(Object value) {
        Object index = Numbers.index(value);
        if (index instanceof BigInteger) {
            throw PythonErrors.overflowError("Python int too large to convert to C ssize_t");
        }
        return (Long) index;
    }

    /** The count of a repetition ({@code s * n}): as {@link #size}, with the message CPython gives there. */
    static long repeatCount(Object value) {
        Object index = Numbers.index(value);
        if (index instanceof BigInteger) {
            throw PythonErrors.overflowError("cannot fit 'int' into an index-sized integer");
        }
        return (Long) index;
    }

    /** Whether {@code value} can be a repetition count: an int or an object with __index__. */
    static boolean isIndex(Object value) {
        return Numbers.intValueOrNull(value) != null || TypeOf.get(value).lookup("__index__") != null;
    }
}
