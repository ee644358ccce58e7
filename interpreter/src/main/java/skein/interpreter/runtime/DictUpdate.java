package skein.interpreter.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import skein.interpreter.SkeinLanguage;
import skein.interpreter.objects.PDict;
import skein.interpreter.objects.PList;
import skein.interpreter.objects.PTuple;
import skein.interpreter.objects.PythonClass;
import skein.interpreter.runtime.exception.PythonErrors;

/** Filling a dict from another mapping or from key/value pairs: {@code dict(x)}, {@code d.update(x)}, {@code {**x}}. */
public final class DictUpdate {

    private DictUpdate() {
    }

    /** {@code {**source}} in a display, or a {@code **source} argument. */
    @TruffleBoundary
    public static void mergeDisplay(PDict target, Object source) {
        if (source instanceof PDict dict && iteratesAsDict(dict)) {
            target.putAll(dict);
            return;
        }
        Object keys = Attributes.getOrNull(source, "keys");
        if (keys == null) {
            throw PythonErrors.typeError("'" + TypeOf.name(source) + "' object is not a mapping");
        }
        copyMapping(target, source, keys);
    }

    /** {@code dict.update(source)}: a mapping (anything with {@code keys()}) or an iterable of pairs. */
    @TruffleBoundary
    public static void update(PDict target, Object source) {
        if (source instanceof PDict dict && iteratesAsDict(dict)) {
            target.putAll(dict);
            return;
        }
        Object keys = Attributes.getOrNull(source, "keys");
        if (keys != null) {
            copyMapping(target, source, keys);
            return;
        }
        Object iterator = Iteration.getIterator(source);
        int index = 0;
        Object pair;
        while ((pair = Iteration.next(iterator)) != null) {
            Object[] items;
            if (pair instanceof PTuple tuple) {
                items = tuple.items();
            } else if (pair instanceof PList list) {
                items = list.snapshot();
            } else {
                if (TypeOf.get(pair).lookup("__iter__") == null) {
                    throw PythonErrors.typeError("cannot convert dictionary update sequence element #" + index
                            + " to a sequence");
                }
                items = Iteration.toArray(pair);
            }
            if (items.length != 2) {
                throw PythonErrors.valueError("dictionary update sequence element #" + index + " has length "
                        + items.length + "; 2 is required");
            }
            target.setItem(items[0], items[1]);
            index++;
        }
    }

    private static void copyMapping(PDict target, Object source, Object keys) {
        for (Object key : Iteration.toArray(Calls.call(keys))) {
            target.setItem(key, Subscripts.getItem(source, key));
        }
    }

    /**
     * A dict whose class keeps dict's own iteration is copied entry by entry, ignoring any
     * overridden {@code keys} or {@code __getitem__}, as CPython's merge does.
     */
    private static boolean iteratesAsDict(PDict dict) {
        PythonClass type = dict.getPythonClass();
        PythonClass dictType = SkeinLanguage.types().dictType;
        return type == dictType || type.lookup("__iter__") == dictType.lookup("__iter__");
    }
}
