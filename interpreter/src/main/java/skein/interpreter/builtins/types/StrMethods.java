package skein.interpreter.builtins.types;

import skein.interpreter.builtins.BuiltinDefiner;
import skein.interpreter.objects.Missing;
import skein.interpreter.objects.PBytes;
import skein.interpreter.objects.PDict;
import skein.interpreter.objects.PList;
import skein.interpreter.objects.PNone;
import skein.interpreter.objects.PNotImplemented;
import skein.interpreter.objects.PTuple;
import skein.interpreter.objects.PValueObject;
import skein.interpreter.objects.PythonClass;
import skein.interpreter.objects.iterators.PStringIterator;
import skein.interpreter.runtime.BuiltinTypes;
import skein.interpreter.runtime.BytesLike;
import skein.interpreter.runtime.Comparisons;
import skein.interpreter.runtime.Hashing;
import skein.interpreter.runtime.Iteration;
import skein.interpreter.runtime.Numbers;
import skein.interpreter.runtime.Reprs;
import skein.interpreter.runtime.StrOps;
import skein.interpreter.runtime.StrPercentOperands;
import skein.interpreter.runtime.Subscripts;
import skein.interpreter.runtime.TemplateFormatting;
import skein.interpreter.runtime.TypeOf;
import skein.interpreter.runtime.codecs.Codecs;
import skein.interpreter.runtime.exception.PythonErrors;
import skein.interpreter.runtime.format.PercentFormat;
import skein.interpreter.runtime.format.StringFormatter;
import skein.interpreter.runtime.format.StringRepr;
import skein.interpreter.runtime.text.CaseMapping;
import skein.interpreter.runtime.text.TextKind;
import skein.interpreter.runtime.text.TextLayout;
import skein.interpreter.runtime.text.TextPredicates;
import skein.interpreter.runtime.text.TextSearch;
import skein.interpreter.runtime.text.TextSplitting;

import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

/** {@code str}: immutable text indexed by code point. */
final class StrMethods {

    private StrMethods() {
    }

    static void define(BuiltinDefiner d) {
        BuiltinTypes t = d.types();
        PythonClass strType = t.strType;
        d.staticMethod(strType, "__new__(cls, object=?, encoding=?, errors=?)", a -> {
            if (!(a[0] instanceof PythonClass cls) || !cls.isSubclassOf(strType)) {
                String name = a[0] instanceof PythonClass c ? c.getName() : TypeOf.name(a[0]);
                throw PythonErrors.typeError("str.__new__(" + name + "): " + name + " is not a subtype of str");
            }
            String value = construct(a[1], a[2], a[3]);
            return cls == strType ? value : new PValueObject(cls, value);
        });
        defineOperators(d, t, strType);
        defineSearching(d, strType);
        defineSplitting(d, t, strType);
        defineLayout(d, strType);
        defineCase(d, strType);
        definePredicates(d, strType);
        d.method(strType, "encode(self, /, encoding='utf-8', errors='strict')", a -> new PBytes(t.bytesType,
                Codecs.encode(value(a[0]), stringArgument(a[1], "encode", "encoding"),
                        stringArgument(a[2], "encode", "errors"))));
        d.method(strType, "join(self, iterable, /)", a -> join(value(a[0]), a[1]));
        d.method(strType, "format(self, /, *args, **kwargs)", a -> {
            PDict keywords = (PDict) a[2];
            return TemplateFormatting.format(value(a[0]), ((PTuple) a[1]).items(), keywords.size() == 0 ? null : keywords);
        });
        d.method(strType, "format_map(self, mapping, /)", a -> TemplateFormatting.format(value(a[0]), null, a[1]));
        d.method(strType, "translate(self, table, /)", a -> StrTranslation.translate(value(a[0]), a[1]));
        d.staticMethod(strType, "maketrans(x, y=?, z=?, /)", a -> StrTranslation.makeTable(t, a[0], a[1], a[2]));
    }

    private static void defineOperators(BuiltinDefiner d, BuiltinTypes t, PythonClass strType) {
        d.method(strType, "__len__(self, /)", a -> (long) StrOps.length(value(a[0])));
        d.method(strType, "__getitem__(self, key, /)", a -> Subscripts.stringGetItem(value(a[0]), a[1]));
        d.method(strType, "__iter__(self, /)", a -> new PStringIterator(t.strIteratorType, value(a[0])));
        d.method(strType, "__contains__(self, key, /)", a -> {
            String key = stringOrNull(a[1]);
            if (key == null) {
                throw PythonErrors.typeError("'in <string>' requires string as left operand, not " + TypeOf.name(a[1]));
            }
            return value(a[0]).contains(key);
        });
        d.method(strType, "__add__(self, value, /)", a -> {
            String other = stringOrNull(a[1]);
            if (other != null) {
                return value(a[0]).concat(other);
            }
            if (operandMayHandle(a[1], "__radd__")) {
                return PNotImplemented.INSTANCE;
            }
            throw PythonErrors.typeError("can only concatenate str (not \"" + TypeOf.name(a[1]) + "\") to str");
        });
        d.method(strType, "__mul__(self, value, /)", a -> {
            if (!SequenceArguments.isIndex(a[1]) && operandMayHandle(a[1], "__rmul__")) {
                return PNotImplemented.INSTANCE;
            }
            return repeat(value(a[0]), a[1]);
        });
        // A reflected repeat with a non-int count defers to the operator's fallback, which names
        // the left operand in its message as CPython's sequence repeat does.
        d.method(strType, "__rmul__(self, value, /)", a -> SequenceArguments.isIndex(a[1])
                ? repeat(value(a[0]), a[1]) : PNotImplemented.INSTANCE);
        d.method(strType, "__mod__(self, value, /)", a -> PercentFormat.parse(value(a[0])).format(a[1],
                StrPercentOperands.INSTANCE));
        d.method(strType, "__rmod__(self, value, /)", a -> {
            String format = stringOrNull(a[1]);
            if (format == null) {
                return PNotImplemented.INSTANCE;
            }
            return PercentFormat.parse(format).format(a[0], StrPercentOperands.INSTANCE);
        });
        for (Comparisons.Op op : Comparisons.Op.values()) {
            d.method(strType, op.method + "(self, value, /)", a -> {
                String other = stringOrNull(a[1]);
                if (other == null) {
                    return PNotImplemented.INSTANCE;
                }
                return op.test(StrOps.compare(value(a[0]), other));
            });
        }
        d.method(strType, "__hash__(self, /)", a -> Hashing.hashString(value(a[0])));
        d.method(strType, "__repr__(self, /)", a -> StringRepr.repr(value(a[0])));
        d.method(strType, "__str__(self, /)", a -> value(a[0]));
        d.method(strType, "__format__(self, format_spec, /)", a -> {
            if (!(a[1] instanceof String spec)) {
                throw PythonErrors.typeError("__format__() argument must be str, not " + TypeOf.name(a[1]));
            }
            return StringFormatter.format(value(a[0]), spec, TypeOf.name(a[0]));
        });
        d.method(strType, "__getnewargs__(self, /)", a -> new PTuple(t.tupleType, new Object[]{value(a[0])}));
    }

    private static void defineSearching(BuiltinDefiner d, PythonClass strType) {
        d.method(strType, "find(self, sub, start=None, end=None, /)", a ->
                TextSearch.find(value(a[0]), needle(a[1]), start(a[2]), end(a[3])));
        d.method(strType, "rfind(self, sub, start=None, end=None, /)", a ->
                TextSearch.rfind(value(a[0]), needle(a[1]), start(a[2]), end(a[3])));
        d.method(strType, "index(self, sub, start=None, end=None, /)", a ->
                found(TextSearch.find(value(a[0]), needle(a[1]), start(a[2]), end(a[3]))));
        d.method(strType, "rindex(self, sub, start=None, end=None, /)", a ->
                found(TextSearch.rfind(value(a[0]), needle(a[1]), start(a[2]), end(a[3]))));
        d.method(strType, "count(self, sub, start=None, end=None, /)", a ->
                TextSearch.count(value(a[0]), needle(a[1]), start(a[2]), end(a[3])));
        d.method(strType, "startswith(self, prefix, start=None, end=None, /)", a ->
                matchesAt(value(a[0]), a[1], start(a[2]), end(a[3]), false));
        d.method(strType, "endswith(self, suffix, start=None, end=None, /)", a ->
                matchesAt(value(a[0]), a[1], start(a[2]), end(a[3]), true));
        d.method(strType, "removeprefix(self, prefix, /)", a -> {
            String s = value(a[0]);
            String prefix = argument(a[1], "removeprefix() argument must be str, not ");
            return s.startsWith(prefix) ? s.substring(prefix.length()) : s;
        });
        d.method(strType, "removesuffix(self, suffix, /)", a -> {
            String s = value(a[0]);
            String suffix = argument(a[1], "removesuffix() argument must be str, not ");
            return s.endsWith(suffix) && !suffix.isEmpty() ? s.substring(0, s.length() - suffix.length()) : s;
        });
    }

    private static void defineSplitting(BuiltinDefiner d, BuiltinTypes t, PythonClass strType) {
        d.method(strType, "split(self, /, sep=None, maxsplit=-1)", a ->
                list(t, TextSplitting.split(value(a[0]), separator(a[1]), SequenceArguments.size(a[2]), TextKind.STR)));
        d.method(strType, "rsplit(self, /, sep=None, maxsplit=-1)", a ->
                list(t, TextSplitting.rsplit(value(a[0]), separator(a[1]), SequenceArguments.size(a[2]), TextKind.STR)));
        d.method(strType, "splitlines(self, /, keepends=False)", a ->
                list(t, TextSplitting.splitLines(value(a[0]), !isZero(a[1]), TextKind.STR)));
        d.method(strType, "partition(self, sep, /)", a -> partition(t, value(a[0]), a[1], false));
        d.method(strType, "rpartition(self, sep, /)", a -> partition(t, value(a[0]), a[1], true));
        d.method(strType, "strip(self, chars=None, /)", a -> strip(a, "strip", true, true));
        d.method(strType, "lstrip(self, chars=None, /)", a -> strip(a, "lstrip", true, false));
        d.method(strType, "rstrip(self, chars=None, /)", a -> strip(a, "rstrip", false, true));
    }

    private static void defineLayout(BuiltinDefiner d, PythonClass strType) {
        d.method(strType, "center(self, width, fillchar=' ', /)", a -> pad(a, TextLayout.Alignment.CENTER));
        d.method(strType, "ljust(self, width, fillchar=' ', /)", a -> pad(a, TextLayout.Alignment.LEFT));
        d.method(strType, "rjust(self, width, fillchar=' ', /)", a -> pad(a, TextLayout.Alignment.RIGHT));
        d.method(strType, "zfill(self, width, /)", a -> TextLayout.zfill(value(a[0]), SequenceArguments.size(a[1])));
        d.method(strType, "expandtabs(self, /, tabsize=8)", a ->
                TextLayout.expandTabs(value(a[0]), SequenceArguments.size(a[1])));
        d.method(strType, "replace(self, old, new, count=-1, /)", a -> TextLayout.replace(value(a[0]),
                argument(a[1], "replace() argument 1 must be str, not "),
                argument(a[2], "replace() argument 2 must be str, not "), SequenceArguments.size(a[3])));
    }

    private static void defineCase(BuiltinDefiner d, PythonClass strType) {
        caseMethod(d, strType, "upper", CaseMapping::upper);
        caseMethod(d, strType, "lower", CaseMapping::lower);
        caseMethod(d, strType, "casefold", CaseMapping::casefold);
        caseMethod(d, strType, "swapcase", CaseMapping::swapcase);
        caseMethod(d, strType, "title", CaseMapping::title);
        caseMethod(d, strType, "capitalize", CaseMapping::capitalize);
    }

    private static void caseMethod(BuiltinDefiner d, PythonClass strType, String name, Function<String, String> mapping) {
        d.method(strType, name + "(self, /)", a -> mapping.apply(value(a[0])));
    }

    private static void definePredicates(BuiltinDefiner d, PythonClass strType) {
        predicate(d, strType, "isalpha", s -> TextPredicates.isAlpha(s, TextKind.STR));
        predicate(d, strType, "isalnum", s -> TextPredicates.isAlnum(s, TextKind.STR));
        predicate(d, strType, "isdigit", s -> TextPredicates.isDigit(s, TextKind.STR));
        predicate(d, strType, "isdecimal", TextPredicates::isDecimal);
        predicate(d, strType, "isnumeric", TextPredicates::isNumeric);
        predicate(d, strType, "isspace", s -> TextPredicates.isSpace(s, TextKind.STR));
        predicate(d, strType, "islower", s -> TextPredicates.isLower(s, TextKind.STR));
        predicate(d, strType, "isupper", s -> TextPredicates.isUpper(s, TextKind.STR));
        predicate(d, strType, "istitle", s -> TextPredicates.isTitle(s, TextKind.STR));
        predicate(d, strType, "isascii", TextPredicates::isAscii);
        predicate(d, strType, "isprintable", TextPredicates::isPrintable);
        predicate(d, strType, "isidentifier", TextPredicates::isIdentifier);
    }

    private static void predicate(BuiltinDefiner d, PythonClass strType, String name, Predicate<String> test) {
        d.method(strType, name + "(self, /)", a -> test.test(value(a[0])));
    }

    /** The str value of self: a str or an instance of a str subclass. */
    static String value(Object self) {
        if (self instanceof String s) {
            return s;
        }
        return (String) ((PValueObject) self).value();
    }

    /** The text of a str or str subclass instance, or null for any other object. */
    static String stringOrNull(Object value) {
        if (value instanceof String s) {
            return s;
        }
        return value instanceof PValueObject boxed && boxed.value() instanceof String s ? s : null;
    }

    /** A str argument; TypeError with {@code message} followed by the type name otherwise. */
    private static String argument(Object value, String message) {
        String s = stringOrNull(value);
        if (s == null) {
            throw PythonErrors.typeError(message + TypeOf.name(value));
        }
        return s;
    }

    /** {@code method() argument 'name' must be str, not T}. */
    static String stringArgument(Object value, String method, String name) {
        return argument(value, method + "() argument '" + name + "' must be str, not ");
    }

    /** {@code str(object='')} and {@code str(bytes_or_buffer, encoding, errors)}. */
    private static String construct(Object object, Object encoding, Object errors) {
        if (encoding == Missing.INSTANCE && errors == Missing.INSTANCE) {
            return object == Missing.INSTANCE ? "" : Reprs.str(object);
        }
        String encodingName = encoding == Missing.INSTANCE ? "utf-8" : stringArgument(encoding, "str", "encoding");
        String errorsName = errors == Missing.INSTANCE ? "strict" : stringArgument(errors, "str", "errors");
        if (object == Missing.INSTANCE) {
            return "";
        }
        byte[] data = BytesLike.bytesOrNull(object);
        if (data == null) {
            if (stringOrNull(object) != null) {
                throw PythonErrors.typeError("decoding str is not supported");
            }
            throw PythonErrors.typeError("decoding to str: need a bytes-like object, " + TypeOf.name(object) + " found");
        }
        return Codecs.decode(data, encodingName, errorsName);
    }

    /**
     * Whether a binary operator should leave the operation to the other operand's reflected
     * method: a class of the program that defines one. Builtin types never take a str, so
     * their operands get str's own error message, as in CPython.
     */
    private static boolean operandMayHandle(Object other, String reflected) {
        PythonClass type = TypeOf.get(other);
        return !type.isBuiltin() && type.lookup(reflected) != null;
    }

    private static String repeat(String s, Object count) {
        if (!SequenceArguments.isIndex(count)) {
            throw PythonErrors.typeError("can't multiply sequence by non-int of type '" + TypeOf.name(count) + "'");
        }
        return TextLayout.repeat(s, SequenceArguments.repeatCount(count));
    }

    private static String needle(Object sub) {
        return argument(sub, "must be str, not ");
    }

    private static long start(Object value) {
        return SequenceArguments.sliceBound(value, 0);
    }

    private static long end(Object value) {
        return SequenceArguments.sliceBound(value, Long.MAX_VALUE);
    }

    private static long found(long index) {
        if (index < 0) {
            throw PythonErrors.valueError("substring not found");
        }
        return index;
    }

    /** {@code startswith}/{@code endswith} with a str or a tuple of them, tried in order. */
    private static boolean matchesAt(String s, Object part, long start, long end, boolean suffix) {
        String method = suffix ? "endswith" : "startswith";
        if (part instanceof PTuple tuple) {
            for (Object item : tuple.items()) {
                String text = argument(item, "tuple for " + method + " must only contain str, not ");
                if (TextSearch.matchesAt(s, text, start, end, suffix)) {
                    return true;
                }
            }
            return false;
        }
        String text = argument(part, method + " first arg must be str or a tuple of str, not ");
        return TextSearch.matchesAt(s, text, start, end, suffix);
    }

    private static String separator(Object sep) {
        if (sep == PNone.NONE) {
            return null;
        }
        String s = argument(sep, "must be str or None, not ");
        if (s.isEmpty()) {
            throw PythonErrors.valueError("empty separator");
        }
        return s;
    }

    private static boolean isZero(Object value) {
        Object index = Numbers.index(value);
        return index instanceof Long l && l == 0;
    }

    private static PList list(BuiltinTypes t, List<String> items) {
        return new PList(t.listType, items.toArray());
    }

    private static PTuple partition(BuiltinTypes t, String s, Object sepArg, boolean fromRight) {
        String sep = argument(sepArg, "must be str, not ");
        if (sep.isEmpty()) {
            throw PythonErrors.valueError("empty separator");
        }
        int at = fromRight ? s.lastIndexOf(sep) : s.indexOf(sep);
        Object[] parts;
        if (at < 0) {
            parts = fromRight ? new Object[]{"", "", s} : new Object[]{s, "", ""};
        } else {
            parts = new Object[]{s.substring(0, at), sep, s.substring(at + sep.length())};
        }
        return new PTuple(t.tupleType, parts);
    }

    private static String strip(Object[] a, String method, boolean left, boolean right) {
        String chars = null;
        if (a[1] != PNone.NONE) {
            chars = stringOrNull(a[1]);
            if (chars == null) {
                throw PythonErrors.typeError(method + " arg must be None or str");
            }
        }
        return TextSplitting.strip(value(a[0]), chars, left, right, TextKind.STR);
    }

    private static String pad(Object[] a, TextLayout.Alignment alignment) {
        long width = SequenceArguments.size(a[1]);
        String fill = stringOrNull(a[2]);
        if (fill == null) {
            throw PythonErrors.typeError("The fill character must be a unicode character, not " + TypeOf.name(a[2]));
        }
        if (fill.isEmpty() || fill.codePointCount(0, fill.length()) != 1) {
            throw PythonErrors.typeError("The fill character must be exactly one character long");
        }
        return TextLayout.pad(value(a[0]), width, fill.codePointAt(0), alignment);
    }

    private static String join(String separator, Object iterable) {
        if (!Iteration.isIterable(iterable)) {
            throw PythonErrors.typeError("can only join an iterable");
        }
        Object[] items = Iteration.toArray(iterable);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < items.length; i++) {
            String item = stringOrNull(items[i]);
            if (item == null) {
                throw PythonErrors.typeError("sequence item " + i + ": expected str instance, " + TypeOf.name(items[i])
                        + " found");
            }
            if (i > 0) {
                out.append(separator);
            }
            out.append(item);
        }
        return out.toString();
    }
}
