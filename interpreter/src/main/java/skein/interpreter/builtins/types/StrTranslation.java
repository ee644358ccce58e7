package skein.interpreter.builtins.types;

import skein.interpreter.SkeinLanguage;
import skein.interpreter.objects.Missing;
import skein.interpreter.objects.PDict;
import skein.interpreter.objects.PNone;
import skein.interpreter.runtime.BuiltinTypes;
import skein.interpreter.runtime.Numbers;
import skein.interpreter.runtime.Subscripts;
import skein.interpreter.runtime.TypeOf;
import skein.interpreter.runtime.exception.PException;
import skein.interpreter.runtime.exception.PythonErrors;

/** {@code str.translate(table)} and {@code str.maketrans(...)}. */
final class StrTranslation {

    private StrTranslation() {
    }

    /**
     * Each code point is looked up in the table: a LookupError keeps it, None deletes it, an
     * int or a str replaces it.
     */
    static String translate(String text, Object table) {
        BuiltinTypes types = SkeinLanguage.types();
        PDict plainDict = table instanceof PDict dict && dict.getPythonClass() == types.dictType ? dict : null;
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            Object mapped;
            if (plainDict != null) {
                mapped = plainDict.getItem((long) c);
            } else {
                try {
                    mapped = Subscripts.getItem(table, (long) c);
                } catch (PException e) {
                    if (!e.pythonClass().isSubclassOf(types.lookupError)) {
                        throw e;
                    }
                    mapped = null;
                }
            }
            if (mapped == null) {
                out.appendCodePoint(c);
            } else if (mapped != PNone.NONE) {
                appendMapping(out, mapped);
            }
        }
        return out.toString();
    }

    private static void appendMapping(StringBuilder out, Object mapped) {
        String text = StrMethods.stringOrNull(mapped);
        if (text != null) {
            out.append(text);
            return;
        }
        Object code = Numbers.intValueOrNull(mapped);
        if (code == null) {
            throw PythonErrors.typeError("character mapping must return integer, None or str");
        }
        if (!(code instanceof Long l) || l < 0 || l > Character.MAX_CODE_POINT) {
            throw PythonErrors.valueError("character mapping must be in range(0x110000)");
        }
        out.appendCodePoint((int) (long) l);
    }

    /**
     * {@code str.maketrans(mapping)}, {@code str.maketrans(from, to)} and
     * {@code str.maketrans(from, to, delete)}: a dict from code points to code points, strs or None.
     */
    static PDict makeTable(BuiltinTypes t, Object x, Object y, Object z) {
        PDict table = new PDict(t.dictType);
        if (y == Missing.INSTANCE) {
            if (!(x instanceof PDict mapping)) {
                throw PythonErrors.typeError("if you give only one argument to maketrans it must be a dict");
            }
            for (PDict.Entry entry : mapping.entrySnapshot()) {
                table.setItem(tableKey(entry.key), entry.value());
            }
            return table;
        }
        String from = StrMethods.stringOrNull(x);
        if (from == null) {
            throw PythonErrors.typeError("first maketrans argument must be a string if there is a second argument");
        }
        String to = StrMethods.stringOrNull(y);
        if (to == null) {
            throw PythonErrors.typeError("maketrans() argument 2 must be str, not " + TypeOf.name(y));
        }
        int[] fromPoints = from.codePoints().toArray();
        int[] toPoints = to.codePoints().toArray();
        if (fromPoints.length != toPoints.length) {
            throw PythonErrors.valueError("the first two maketrans arguments must have equal length");
        }
        for (int i = 0; i < fromPoints.length; i++) {
            table.setItem((long) fromPoints[i], (long) toPoints[i]);
        }
        if (z != Missing.INSTANCE) {
            String deleted = StrMethods.stringOrNull(z);
            if (deleted == null) {
                throw PythonErrors.typeError("maketrans() argument 3 must be str, not " + TypeOf.name(z));
            }
            deleted.codePoints().forEach(c -> table.setItem((long) c, PNone.NONE));
        }
        return table;
    }

    private static Object tableKey(Object key) {
        String s = StrMethods.stringOrNull(key);
        if (s != null) {
            if (s.codePointCount(0, s.length()) != 1) {
                throw PythonErrors.valueError("string keys in translate table must be of length 1");
            }
            return (long) s.codePointAt(0);
        }
        if (Numbers.intValueOrNull(key) != null) {
            return key;
        }
        throw PythonErrors.typeError("keys in translate table must be strings or integers");
    }
}
