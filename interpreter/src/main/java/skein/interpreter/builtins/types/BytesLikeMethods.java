package skein.interpreter.builtins.types;

import skein.interpreter.builtins.BuiltinDefiner;
import skein.interpreter.objects.Missing;
import skein.interpreter.objects.PByteArray;
import skein.interpreter.objects.PBytes;
import skein.interpreter.objects.PList;
import skein.interpreter.objects.PNone;
import skein.interpreter.objects.PNotImplemented;
import skein.interpreter.objects.PSlice;
import skein.interpreter.objects.PTuple;
import skein.interpreter.objects.PythonClass;
import skein.interpreter.runtime.BuiltinTypes;
import skein.interpreter.runtime.BytesLike;
import skein.interpreter.runtime.BytesPercentOperands;
import skein.interpreter.runtime.Calls;
import skein.interpreter.runtime.Comparisons;
import skein.interpreter.runtime.Iteration;
import skein.interpreter.runtime.Numbers;
import skein.interpreter.runtime.SliceIndices;
import skein.interpreter.runtime.Subscripts;
import skein.interpreter.runtime.TypeOf;
import skein.interpreter.runtime.codecs.Codecs;
import skein.interpreter.runtime.exception.PythonErrors;
import skein.interpreter.runtime.format.PercentFormat;
import skein.interpreter.runtime.text.AsciiCase;
import skein.interpreter.runtime.text.ByteText;
import skein.interpreter.runtime.text.TextKind;
import skein.interpreter.runtime.text.TextLayout;
import skein.interpreter.runtime.text.TextPredicates;
import skein.interpreter.runtime.text.TextSearch;
import skein.interpreter.runtime.text.TextSplitting;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The methods {@code bytes} and {@code bytearray} share, defined on each of the two types;
 * a method that makes a new sequence makes one of the receiver's type. The text algorithms run
 * on the bytes as Latin-1 strings ({@link ByteText}) with the rules of bytes ({@link TextKind#BYTES}).
 */
final class BytesLikeMethods {

    /** Makes a result of the receiver's type from bytes it may own. */
    interface Maker {
        Object make(byte[] data);
    }

    private final BuiltinDefiner d;
    private final BuiltinTypes t;
    private final PythonClass type;
    private final Maker maker;
    /** "bytes" or "bytearray", as the messages about item access name the type. */
    private final String indexName;

    private BytesLikeMethods(BuiltinDefiner d, PythonClass type, Maker maker, String indexName) {
        this.d = d;
        this.t = d.types();
        this.type = type;
        this.maker = maker;
        this.indexName = indexName;
    }

    /**
     * @param indexName how errors name the indices: "byte" for bytes, "bytearray" for bytearray
     */
    static void define(BuiltinDefiner d, PythonClass type, Maker maker, String indexName) {
        BytesLikeMethods methods = new BytesLikeMethods(d, type, maker, indexName);
        methods.defineOperators();
        methods.defineSearching();
        methods.defineSplitting();
        methods.defineLayout();
        methods.defineCase();
        methods.definePredicates();
        methods.defineConversions();
    }

    /** The bytes of self (a bytearray's at this moment). */
    static byte[] data(Object self) {
        return BytesLike.bytesOf(self);
    }

    private Object make(String latin1) {
        return maker.make(ByteText.bytes(latin1));
    }

    private static String text(Object self) {
        return ByteText.of(data(self));
    }

    private void defineOperators() {
        d.method(type, "__len__(self, /)", a -> (long) length(a[0]));
        d.method(type, "__getitem__(self, key, /)", a -> getItem(a[0], a[1]));
        d.method(type, "__contains__(self, key, /)", a -> {
            byte[] data = data(a[0]);
            if (Numbers.intValueOrNull(a[1]) != null || TypeOf.get(a[1]).lookup("__index__") != null) {
                int value = byteValue(a[1]);
                for (byte b : data) {
                    if ((b & 0xff) == value) {
                        return true;
                    }
                }
                return false;
            }
            return ByteText.of(data).contains(ByteText.of(BytesLike.bytesOf(a[1])));
        });
        d.method(type, "__add__(self, value, /)", a -> {
            byte[] other = BytesLike.bytesOrNull(a[1]);
            if (other == null) {
                if (operandMayHandle(a[1], "__radd__")) {
                    return PNotImplemented.INSTANCE;
                }
                throw PythonErrors.typeError("can't concat " + TypeOf.name(a[1]) + " to " + TypeOf.name(a[0]));
            }
            return maker.make(concat(data(a[0]), other));
        });
        d.method(type, "__mul__(self, value, /)", a -> {
            if (!SequenceArguments.isIndex(a[1]) && operandMayHandle(a[1], "__rmul__")) {
                return PNotImplemented.INSTANCE;
            }
            return maker.make(repeat(data(a[0]), a[1]));
        });
        // As str.__rmul__: a non-int count leaves the message to the operator's fallback.
        d.method(type, "__rmul__(self, value, /)", a -> SequenceArguments.isIndex(a[1])
                ? maker.make(repeat(data(a[0]), a[1])) : PNotImplemented.INSTANCE);
        d.method(type, "__mod__(self, value, /)", a -> maker.make(percentFormat(data(a[0]), a[1])));
        d.method(type, "__rmod__(self, value, /)", a -> {
            byte[] format = BytesLike.bytesOrNull(a[1]);
            if (format == null) {
                return PNotImplemented.INSTANCE;
            }
            return new PBytes(t.bytesType, percentFormat(format, a[0]));
        });
        for (Comparisons.Op op : Comparisons.Op.values()) {
            d.method(type, op.method + "(self, value, /)", a -> {
                byte[] other = BytesLike.bytesOrNull(a[1]);
                if (other == null) {
                    return PNotImplemented.INSTANCE;
                }
                return op.test(Arrays.compareUnsigned(data(a[0]), other));
            });
        }
    }

    private void defineSearching() {
        d.method(type, "find(self, sub, start=None, end=None, /)", a ->
                TextSearch.find(text(a[0]), needle(a[1]), start(a[2]), end(a[3])));
        d.method(type, "rfind(self, sub, start=None, end=None, /)", a ->
                TextSearch.rfind(text(a[0]), needle(a[1]), start(a[2]), end(a[3])));
        d.method(type, "index(self, sub, start=None, end=None, /)", a ->
                found(TextSearch.find(text(a[0]), needle(a[1]), start(a[2]), end(a[3]))));
        d.method(type, "rindex(self, sub, start=None, end=None, /)", a ->
                found(TextSearch.rfind(text(a[0]), needle(a[1]), start(a[2]), end(a[3]))));
        d.method(type, "count(self, sub, start=None, end=None, /)", a ->
                TextSearch.count(text(a[0]), needle(a[1]), start(a[2]), end(a[3])));
        d.method(type, "startswith(self, prefix, start=None, end=None, /)", a ->
                matchesAt(text(a[0]), a[1], start(a[2]), end(a[3]), false));
        d.method(type, "endswith(self, suffix, start=None, end=None, /)", a ->
                matchesAt(text(a[0]), a[1], start(a[2]), end(a[3]), true));
        d.method(type, "removeprefix(self, prefix, /)", a -> {
            String s = text(a[0]);
            String prefix = ByteText.of(BytesLike.bytesOf(a[1]));
            return make(s.startsWith(prefix) ? s.substring(prefix.length()) : s);
        });
        d.method(type, "removesuffix(self, suffix, /)", a -> {
            String s = text(a[0]);
            String suffix = ByteText.of(BytesLike.bytesOf(a[1]));
            return make(s.endsWith(suffix) ? s.substring(0, s.length() - suffix.length()) : s);
        });
    }

    private void defineSplitting() {
        d.method(type, "split(self, /, sep=None, maxsplit=-1)", a ->
                list(TextSplitting.split(text(a[0]), separator(a[1]), SequenceArguments.size(a[2]), TextKind.BYTES)));
        d.method(type, "rsplit(self, /, sep=None, maxsplit=-1)", a ->
                list(TextSplitting.rsplit(text(a[0]), separator(a[1]), SequenceArguments.size(a[2]), TextKind.BYTES)));
        d.method(type, "splitlines(self, /, keepends=False)", a -> list(TextSplitting.splitLines(text(a[0]),
                !(Numbers.index(a[1]) instanceof Long l && l == 0), TextKind.BYTES)));
        d.method(type, "partition(self, sep, /)", a -> partition(text(a[0]), a[1], false));
        d.method(type, "rpartition(self, sep, /)", a -> partition(text(a[0]), a[1], true));
        d.method(type, "strip(self, bytes=None, /)", a -> strip(a, true, true));
        d.method(type, "lstrip(self, bytes=None, /)", a -> strip(a, true, false));
        d.method(type, "rstrip(self, bytes=None, /)", a -> strip(a, false, true));
        d.method(type, "join(self, iterable_of_bytes, /)", a -> join(data(a[0]), a[1]));
    }

    private void defineLayout() {
        d.method(type, "center(self, width, fillchar=?, /)", a -> pad(a, "center", TextLayout.Alignment.CENTER));
        d.method(type, "ljust(self, width, fillchar=?, /)", a -> pad(a, "ljust", TextLayout.Alignment.LEFT));
        d.method(type, "rjust(self, width, fillchar=?, /)", a -> pad(a, "rjust", TextLayout.Alignment.RIGHT));
        d.method(type, "zfill(self, width, /)", a -> make(TextLayout.zfill(text(a[0]), SequenceArguments.size(a[1]))));
        d.method(type, "expandtabs(self, /, tabsize=8)", a ->
                make(TextLayout.expandTabs(text(a[0]), SequenceArguments.size(a[1]))));
        d.method(type, "replace(self, old, new, count=-1, /)", a -> make(TextLayout.replace(text(a[0]),
                ByteText.of(BytesLike.bytesOf(a[1])), ByteText.of(BytesLike.bytesOf(a[2])),
                SequenceArguments.size(a[3]))));
        d.method(type, "translate(self, table, /, delete=?)", a -> {
            byte[] table = a[1] == PNone.NONE ? null : BytesLike.bytesOf(a[1]);
            if (table != null && table.length != 256) {
                throw PythonErrors.valueError("translation table must be 256 characters long");
            }
            byte[] deleted = a[2] == Missing.INSTANCE ? new byte[0] : BytesLike.bytesOf(a[2]);
            return maker.make(translate(data(a[0]), table, deleted));
        });
        d.staticMethod(type, "maketrans(frm, to, /)", a -> {
            byte[] from = BytesLike.bytesOf(a[0]);
            byte[] to = BytesLike.bytesOf(a[1]);
            if (from.length != to.length) {
                throw PythonErrors.valueError("maketrans arguments must have same length");
            }
            byte[] table = new byte[256];
            for (int i = 0; i < 256; i++) {
                table[i] = (byte) i;
            }
            for (int i = 0; i < from.length; i++) {
                table[from[i] & 0xff] = to[i];
            }
            return new PBytes(t.bytesType, table);
        });
    }

    private void defineCase() {
        caseMethod("upper", AsciiCase::upper);
        caseMethod("lower", AsciiCase::lower);
        caseMethod("swapcase", AsciiCase::swapcase);
        caseMethod("title", AsciiCase::title);
        caseMethod("capitalize", AsciiCase::capitalize);
    }

    private void caseMethod(String name, Function<byte[], byte[]> mapping) {
        d.method(type, name + "(self, /)", a -> maker.make(mapping.apply(data(a[0]))));
    }

    private void definePredicates() {
        predicate("isalpha", s -> TextPredicates.isAlpha(s, TextKind.BYTES));
        predicate("isalnum", s -> TextPredicates.isAlnum(s, TextKind.BYTES));
        predicate("isdigit", s -> TextPredicates.isDigit(s, TextKind.BYTES));
        predicate("isspace", s -> TextPredicates.isSpace(s, TextKind.BYTES));
        predicate("islower", s -> TextPredicates.isLower(s, TextKind.BYTES));
        predicate("isupper", s -> TextPredicates.isUpper(s, TextKind.BYTES));
        predicate("istitle", s -> TextPredicates.isTitle(s, TextKind.BYTES));
        predicate("isascii", TextPredicates::isAscii);
    }

    private void predicate(String name, Predicate<String> test) {
        d.method(type, name + "(self, /)", a -> test.test(text(a[0])));
    }

    private void defineConversions() {
        d.method(type, "decode(self, /, encoding='utf-8', errors='strict')", a -> Codecs.decode(data(a[0]),
                StrMethods.stringArgument(a[1], "decode", "encoding"), StrMethods.stringArgument(a[2], "decode", "errors")));
        d.method(type, "hex(self, /, sep=?, bytes_per_sep=1)", a -> BytesHex.hex(data(a[0]), a[1], a[2]));
        d.classMethod(type, "fromhex(cls, string, /)", a -> {
            byte[] data = BytesHex.fromHex(a[1]);
            PythonClass cls = (PythonClass) a[0];
            return cls == type ? maker.make(data) : Calls.call(cls, maker.make(data));
        });
    }

    /** The length of self without copying a bytearray's contents. */
    private static int length(Object self) {
        return self instanceof PByteArray array ? array.size() : ((PBytes) self).size();
    }

    /** One byte of self, or -1 past the end, without copying a bytearray's contents. */
    private static int byteAt(Object self, int index) {
        return self instanceof PByteArray array ? array.getOrMinusOne(index) : ((PBytes) self).get(index);
    }

    private Object getItem(Object self, Object key) {
        if (key instanceof PSlice slice) {
            byte[] data = data(self);
            SliceIndices indices = SliceIndices.of(slice, data.length);
            byte[] out = new byte[indices.length()];
            for (int k = 0; k < out.length; k++) {
                out[k] = data[indices.at(k)];
            }
            return maker.make(out);
        }
        if (Numbers.intValueOrNull(key) == null && TypeOf.get(key).lookup("__index__") == null) {
            throw PythonErrors.typeError(indexName + " indices must be integers or slices, not " + TypeOf.name(key));
        }
        int i = Subscripts.normalizeIndex(Numbers.indexAsLong(key), length(self));
        int value = i < 0 ? -1 : byteAt(self, i);
        if (value < 0) {
            throw PythonErrors.indexError(indexName.equals("byte") ? "index out of range" : indexName + " index out of range");
        }
        return (long) value;
    }

    /** An int in range(256), through __index__, as the value of one byte. */
    static int byteValue(Object value) {
        Object index = Numbers.index(value);
        if (!(index instanceof Long l) || l < 0 || l > 255) {
            throw PythonErrors.valueError("byte must be in range(0, 256)");
        }
        return (int) (long) l;
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    static byte[] repeat(byte[] data, Object count) {
        if (!SequenceArguments.isIndex(count)) {
            throw PythonErrors.typeError("can't multiply sequence by non-int of type '" + TypeOf.name(count) + "'");
        }
        long times = SequenceArguments.repeatCount(count);
        if (times <= 0 || data.length == 0) {
            return new byte[0];
        }
        if (times > (Integer.MAX_VALUE - 16) / data.length) {
            throw new OutOfMemoryError("bytes of " + data.length + " * " + times + " bytes");
        }
        byte[] out = new byte[(int) (data.length * times)];
        for (int i = 0; i < times; i++) {
            System.arraycopy(data, 0, out, i * data.length, data.length);
        }
        return out;
    }

    private static byte[] percentFormat(byte[] format, Object operand) {
        String text = PercentFormat.parse(ByteText.of(format), PercentFormat.Dialect.BYTES)
                .format(operand, BytesPercentOperands.INSTANCE);
        return ByteText.bytes(text);
    }

    /** See StrMethods: only classes of the program get to handle an operand bytes rejects. */
    private static boolean operandMayHandle(Object other, String reflected) {
        PythonClass otherType = TypeOf.get(other);
        return !otherType.isBuiltin() && otherType.lookup(reflected) != null;
    }

    /** The needle of find/count/index: bytes-like, or an int standing for one byte. */
    private static String needle(Object sub) {
        if (Numbers.intValueOrNull(sub) != null || TypeOf.get(sub).lookup("__index__") != null) {
            return String.valueOf((char) byteValue(sub));
        }
        byte[] bytes = BytesLike.bytesOrNull(sub);
        if (bytes == null) {
            throw PythonErrors.typeError("argument should be integer or bytes-like object, not '" + TypeOf.name(sub) + "'");
        }
        return ByteText.of(bytes);
    }

    private static long start(Object value) {
        return SequenceArguments.sliceBound(value, 0);
    }

    private static long end(Object value) {
        return SequenceArguments.sliceBound(value, Long.MAX_VALUE);
    }

    private static long found(long index) {
        if (index < 0) {
            throw PythonErrors.valueError("subsection not found");
        }
        return index;
    }

    private static boolean matchesAt(String s, Object part, long start, long end, boolean suffix) {
        if (part instanceof PTuple tuple) {
            for (Object item : tuple.items()) {
                if (TextSearch.matchesAt(s, ByteText.of(BytesLike.bytesOf(item)), start, end, suffix)) {
                    return true;
                }
            }
            return false;
        }
        byte[] bytes = BytesLike.bytesOrNull(part);
        if (bytes == null) {
            throw PythonErrors.typeError((suffix ? "endswith" : "startswith")
                    + " first arg must be bytes or a tuple of bytes, not " + TypeOf.name(part));
        }
        return TextSearch.matchesAt(s, ByteText.of(bytes), start, end, suffix);
    }

    private static String separator(Object sep) {
        if (sep == PNone.NONE) {
            return null;
        }
        String s = ByteText.of(BytesLike.bytesOf(sep));
        if (s.isEmpty()) {
            throw PythonErrors.valueError("empty separator");
        }
        return s;
    }

    private PList list(List<String> pieces) {
        Object[] items = new Object[pieces.size()];
        for (int i = 0; i < items.length; i++) {
            items[i] = make(pieces.get(i));
        }
        return new PList(t.listType, items);
    }

    private PTuple partition(String s, Object sepArg, boolean fromRight) {
        String sep = ByteText.of(BytesLike.bytesOf(sepArg));
        if (sep.isEmpty()) {
            throw PythonErrors.valueError("empty separator");
        }
        int at = fromRight ? s.lastIndexOf(sep) : s.indexOf(sep);
        String[] parts;
        if (at < 0) {
            parts = fromRight ? new String[]{"", "", s} : new String[]{s, "", ""};
        } else {
            parts = new String[]{s.substring(0, at), sep, s.substring(at + sep.length())};
        }
        return new PTuple(t.tupleType, new Object[]{make(parts[0]), make(parts[1]), make(parts[2])});
    }

    private Object strip(Object[] a, boolean left, boolean right) {
        String chars = a[1] == PNone.NONE ? null : ByteText.of(BytesLike.bytesOf(a[1]));
        return make(TextSplitting.strip(text(a[0]), chars, left, right, TextKind.BYTES));
    }

    private Object pad(Object[] a, String method, TextLayout.Alignment alignment) {
        long width = SequenceArguments.size(a[1]);
        int fill = ' ';
        if (a[2] != Missing.INSTANCE) {
            byte[] fillBytes = BytesLike.bytesOrNull(a[2]);
            if (fillBytes == null || fillBytes.length != 1) {
                throw PythonErrors.typeError(method + "() argument 2 must be a byte string of length 1, not "
                        + TypeOf.name(a[2]));
            }
            fill = fillBytes[0] & 0xff;
        }
        return make(TextLayout.pad(text(a[0]), width, fill, alignment));
    }

    private Object join(byte[] separator, Object iterable) {
        if (!Iteration.isIterable(iterable)) {
            throw PythonErrors.typeError("can only join an iterable");
        }
        Object[] items = Iteration.toArray(iterable);
        byte[][] parts = new byte[items.length][];
        long total = 0;
        for (int i = 0; i < items.length; i++) {
            parts[i] = BytesLike.bytesOrNull(items[i]);
            if (parts[i] == null) {
                throw PythonErrors.typeError("sequence item " + i + ": expected a bytes-like object, "
                        + TypeOf.name(items[i]) + " found");
            }
            total += parts[i].length + (i > 0 ? separator.length : 0);
        }
        if (total > Integer.MAX_VALUE - 16) {
            throw new OutOfMemoryError("bytes of " + total + " bytes");
        }
        byte[] out = new byte[(int) total];
        int pos = 0;
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                System.arraycopy(separator, 0, out, pos, separator.length);
                pos += separator.length;
            }
            System.arraycopy(parts[i], 0, out, pos, parts[i].length);
            pos += parts[i].length;
        }
        return maker.make(out);
    }

    private static byte[] translate(byte[] data, byte[] table, byte[] deleted) {
        boolean[] delete = new boolean[256];
        for (byte b : deleted) {
            delete[b & 0xff] = true;
        }
        byte[] out = new byte[data.length];
        int n = 0;
        for (byte b : data) {
            if (!delete[b & 0xff]) {
                out[n++] = table == null ? b : table[b & 0xff];
            }
        }
        return Arrays.copyOf(out, n);
    }
}
