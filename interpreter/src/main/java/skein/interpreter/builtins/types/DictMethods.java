package skein.interpreter.builtins.types;

import skein.interpreter.SkeinLanguage;
import skein.interpreter.builtins.BuiltinDefiner;
import skein.interpreter.objects.Missing;
import skein.interpreter.objects.PDict;
import skein.interpreter.objects.PDictView;
import skein.interpreter.objects.PNone;
import skein.interpreter.objects.PNotImplemented;
import skein.interpreter.objects.PTuple;
import skein.interpreter.objects.PythonClass;
import skein.interpreter.objects.iterators.PDictIterator;
import skein.interpreter.objects.iterators.PDictReverseIterator;
import skein.interpreter.runtime.BuiltinTypes;
import skein.interpreter.runtime.Calls;
import skein.interpreter.runtime.Comparisons;
import skein.interpreter.runtime.DictUpdate;
import skein.interpreter.runtime.Iteration;
import skein.interpreter.runtime.Reprs;
import skein.interpreter.runtime.Subscripts;
import skein.interpreter.runtime.TypeOf;
import skein.interpreter.runtime.exception.PythonErrors;

/** {@code dict}: every method is one operation of {@link PDict}, which locks for writes. */
final class DictMethods {

    /** CPython's names for the iterators of {@code reversed(dict)} and of reversed views. */
    static final String REVERSE_KEY_ITERATOR = "dict_reversekeyiterator";
    static final String REVERSE_VALUE_ITERATOR = "dict_reversevalueiterator";
    static final String REVERSE_ITEM_ITERATOR = "dict_reverseitemiterator";

    private DictMethods() {
    }

    static void define(BuiltinDefiner d) {
        BuiltinTypes t = d.types();
        PythonClass dict = t.dictType;
        for (String name : new String[]{REVERSE_KEY_ITERATOR, REVERSE_VALUE_ITERATOR, REVERSE_ITEM_ITERATOR}) {
            IteratorMethods.defineFor(d, t.define(name, null, false));
        }
        d.staticMethod(dict, "__new__(cls, /, *args, **kwargs)", a -> new PDict(ConstructorArguments.subtype(a[0], dict)));
        d.method(dict, "__init__(self, /, *args, **kwargs)", a -> {
            update((PDict) a[0], "dict", (PTuple) a[1], (PDict) a[2]);
            return PNone.NONE;
        });
        d.method(dict, "update(self, /, *args, **kwargs)", a -> {
            update((PDict) a[0], "update", (PTuple) a[1], (PDict) a[2]);
            return PNone.NONE;
        });
        defineAccess(d, dict);
        defineViews(d, t, dict);
        d.method(dict, "__len__(self, /)", a -> (long) ((PDict) a[0]).size());
        d.method(dict, "__getitem__(self, key, /)",
                a -> Subscripts.dictGetItem((PDict) a[0], a[1], TypeOf.get(a[0], t)));
        d.method(dict, "__setitem__(self, key, value, /)", a -> {
            ((PDict) a[0]).setItem(a[1], a[2]);
            return PNone.NONE;
        });
        d.method(dict, "__delitem__(self, key, /)", a -> {
            if (((PDict) a[0]).removeItem(a[1]) == null) {
                throw PythonErrors.keyError(a[1]);
            }
            return PNone.NONE;
        });
        d.method(dict, "__contains__(self, key, /)", a -> ((PDict) a[0]).containsKey(a[1]));
        d.method(dict, "__or__(self, value, /)", a -> or(a[0], a[1]));
        d.method(dict, "__ror__(self, value, /)", a -> or(a[1], a[0]));
        d.method(dict, "__ior__(self, value, /)", a -> {
            DictUpdate.update((PDict) a[0], a[1]);
            return a[0];
        });
        d.method(dict, "__eq__(self, value, /)", a -> a[1] instanceof PDict other
                ? (Object) Comparisons.dictsEqual((PDict) a[0], other) : PNotImplemented.INSTANCE);
        d.method(dict, "__ne__(self, value, /)", a -> a[1] instanceof PDict other
                ? (Object) !Comparisons.dictsEqual((PDict) a[0], other) : PNotImplemented.INSTANCE);
        d.method(dict, "__repr__(self, /)", a -> Reprs.dictRepr((PDict) a[0]));
        d.constant(dict, "__hash__", PNone.NONE);
        GenericAliasMethods.defineClassGetItem(d, dict);
    }

    private static void defineAccess(BuiltinDefiner d, PythonClass dict) {
        d.method(dict, "get(self, key, default=None, /)", a -> {
            Object value = ((PDict) a[0]).getItem(a[1]);
            return value == null ? a[2] : value;
        });
        d.method(dict, "setdefault(self, key, default=None, /)", a -> ((PDict) a[0]).setDefault(a[1], a[2]));
        d.method(dict, "pop(self, key, default=?, /)", a -> {
            Object value = ((PDict) a[0]).removeItem(a[1]);
            if (value != null) {
                return value;
            }
            if (a[2] == Missing.INSTANCE) {
                throw PythonErrors.keyError(a[1]);
            }
            return a[2];
        });
        d.method(dict, "popitem(self, /)", a -> {
            Object[] entry = ((PDict) a[0]).popLast();
            if (entry == null) {
                throw PythonErrors.keyError("popitem(): dictionary is empty");
            }
            return new PTuple(SkeinLanguage.types().tupleType, entry);
        });
        d.method(dict, "clear(self, /)", a -> {
            ((PDict) a[0]).clear();
            return PNone.NONE;
        });
        d.method(dict, "copy(self, /)", a -> ((PDict) a[0]).copy(dict));
        d.classMethod(dict, "fromkeys(cls, iterable, value=None, /)", a -> fromKeys(a[0], a[1], a[2]));
    }

    private static void defineViews(BuiltinDefiner d, BuiltinTypes t, PythonClass dict) {
        d.method(dict, "keys(self, /)", a -> new PDictView(t.dictKeysType, (PDict) a[0], PDictIterator.Kind.KEYS));
        d.method(dict, "values(self, /)", a -> new PDictView(t.dictValuesType, (PDict) a[0], PDictIterator.Kind.VALUES));
        d.method(dict, "items(self, /)", a -> new PDictView(t.dictItemsType, (PDict) a[0], PDictIterator.Kind.ITEMS));
        d.method(dict, "__iter__(self, /)",
                a -> new PDictIterator(t.dictKeyIteratorType, (PDict) a[0], PDictIterator.Kind.KEYS, t.tupleType));
        d.method(dict, "__reversed__(self, /)", a -> reversedIterator(t, (PDict) a[0], PDictIterator.Kind.KEYS));
    }

    /** The iterator of {@code reversed()} over a dict's keys, values or items. */
    static PDictReverseIterator reversedIterator(BuiltinTypes t, PDict dict, PDictIterator.Kind kind) {
        String name = switch (kind) {
            case KEYS -> REVERSE_KEY_ITERATOR;
            case VALUES -> REVERSE_VALUE_ITERATOR;
            case ITEMS -> REVERSE_ITEM_ITERATOR;
        };
        return new PDictReverseIterator(t.other(name), dict, kind, t.tupleType);
    }

    /** {@code dict(...)} and {@code d.update(...)}: a mapping or pairs, then the keyword arguments. */
    private static void update(PDict self, String name, PTuple args, PDict kwargs) {
        Object source = ConstructorArguments.atMostOne(name, args);
        if (source != null) {
            DictUpdate.update(self, source);
        }
        if (kwargs.size() > 0) {
            self.putAll(kwargs);
        }
    }

    /** {@code left | right}: a new plain dict with left's entries, updated by right's. */
    private static Object or(Object left, Object right) {
        if (!(left instanceof PDict l) || !(right instanceof PDict)) {
            return PNotImplemented.INSTANCE;
        }
        PDict result = l.copy(SkeinLanguage.types().dictType);
        DictUpdate.update(result, right);
        return result;
    }

    /** {@code cls.fromkeys(iterable, value)}: a plain dict is filled directly, anything else through {@code __setitem__}. */
    private static Object fromKeys(Object cls, Object iterable, Object value) {
        Object result = Calls.call(cls);
        boolean plain = result instanceof PDict dict && dict.getPythonClass() == SkeinLanguage.types().dictType;
        Object iterator = Iteration.getIterator(iterable);
        Object key;
        while ((key = Iteration.next(iterator)) != null) {
            if (plain) {
                ((PDict) result).setItem(key, value);
            } else {
                Subscripts.setItem(result, key, value);
            }
        }
        return result;
    }
}
