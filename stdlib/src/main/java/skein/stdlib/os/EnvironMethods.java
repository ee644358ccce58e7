package skein.stdlib.os;

import skein.interpreter.builtins.BuiltinDefiner;
import skein.interpreter.objects.Missing;
import skein.interpreter.objects.PDict;
import skein.interpreter.objects.PDictView;
import skein.interpreter.objects.PList;
import skein.interpreter.objects.PNone;
import skein.interpreter.objects.PNotImplemented;
import skein.interpreter.objects.PTuple;
import skein.interpreter.objects.PValueObject;
import skein.interpreter.objects.PythonClass;
import skein.interpreter.objects.iterators.PDictIterator;
import skein.interpreter.runtime.Attributes;
import skein.interpreter.runtime.BuiltinTypes;
import skein.interpreter.runtime.Calls;
import skein.interpreter.runtime.Comparisons;
import skein.interpreter.runtime.Iteration;
import skein.interpreter.runtime.Reprs;
import skein.interpreter.runtime.Subscripts;
import skein.interpreter.runtime.TypeOf;
import skein.interpreter.runtime.exception.PythonErrors;

/**
 * {@code os._Environ}: a mutable mapping of str to str whose writes also go to the process
 * environment, with the methods {@code collections.abc.MutableMapping} would give it.
 */
final class EnvironMethods {

    private EnvironMethods() {
    }

    static void define(BuiltinDefiner d, PythonClass type) {
        BuiltinTypes t = d.types();
        d.method(type, "__getitem__(self, key, /)", a -> getItem(env(a), a[1]));
        d.method(type, "__setitem__(self, key, value, /)", a -> {
            setItem(env(a), a[1], a[2]);
            return PNone.NONE;
        });
        d.method(type, "__delitem__(self, key, /)", a -> {
            deleteItem(env(a), a[1]);
            return PNone.NONE;
        });
        d.method(type, "__iter__(self, /)", a -> Iteration.getIterator(new PList(t.listType, env(a).data().keys())));
        d.method(type, "__len__(self, /)", a -> (long) env(a).data().size());
        d.method(type, "__contains__(self, key, /)", a -> env(a).data().getItem(string(a[1])) != null);
        d.method(type, "get(self, key, default=None)", a -> {
            Object value = env(a).data().getItem(string(a[1]));
            return value != null ? value : a[2];
        });
        d.method(type, "keys(self, /)", a -> new PDictView(t.dictKeysType, env(a).data(), PDictIterator.Kind.KEYS));
        d.method(type, "values(self, /)", a -> new PDictView(t.dictValuesType, env(a).data(), PDictIterator.Kind.VALUES));
        d.method(type, "items(self, /)", a -> new PDictView(t.dictItemsType, env(a).data(), PDictIterator.Kind.ITEMS));
        d.method(type, "copy(self, /)", a -> env(a).data().copy(t.dictType));
        d.method(type, "pop(self, key, default=?)", a -> {
            PEnviron env = env(a);
            Object value = env.data().getItem(string(a[1]));
            if (value == null) {
                if (a[2] == Missing.INSTANCE) {
                    throw PythonErrors.keyError(a[1]);
                }
                return a[2];
            }
            deleteItem(env, a[1]);
            return value;
        });
        d.method(type, "popitem(self, /)", a -> {
            PEnviron env = env(a);
            Object[] keys = env.data().keys();
            if (keys.length == 0) {
                throw PythonErrors.createWithArgs(t.keyError);
            }
            Object value = getItem(env, keys[0]);
            deleteItem(env, keys[0]);
            return new PTuple(t.tupleType, new Object[]{keys[0], value});
        });
        d.method(type, "setdefault(self, key, default=None)", a -> {
            PEnviron env = env(a);
            Object value = env.data().getItem(string(a[1]));
            if (value != null) {
                return value;
            }
            setItem(env, a[1], a[2]);
            return a[2];
        });
        d.method(type, "update(self, other=(), /, **kwds)", a -> {
            update(env(a), a[1]);
            update(env(a), a[2]);
            return PNone.NONE;
        });
        d.method(type, "clear(self, /)", a -> {
            PEnviron env = env(a);
            for (Object key : env.data().keys()) {
                deleteItem(env, key);
            }
            return PNone.NONE;
        });
        d.method(type, "__repr__(self, /)", a -> {
            StringBuilder out = new StringBuilder("environ({");
            boolean first = true;
            for (PDict.Entry entry : env(a).data().entrySnapshot()) {
                if (!first) {
                    out.append(", ");
                }
                first = false;
                out.append(Reprs.repr(entry.key)).append(": ").append(Reprs.repr(entry.value()));
            }
            return out.append("})").toString();
        });
        d.method(type, "__eq__(self, value, /)", a -> {
            Object other = a[1] instanceof PEnviron env ? env.data() : a[1];
            if (!(other instanceof PDict)) {
                return PNotImplemented.INSTANCE;
            }
            return Comparisons.equal(env(a).data().copy(t.dictType), other);
        });
    }

    private static PEnviron env(Object[] args) {
        return (PEnviron) args[0];
    }

    /** os.environ's keys and values are str: anything else is refused, as {@code encodekey} refuses it. */
    static String string(Object value) {
        Object plain = value instanceof PValueObject boxed ? boxed.value() : value;
        if (plain instanceof String s) {
            return s;
        }
        throw PythonErrors.typeError("str expected, not " + TypeOf.name(value));
    }

    static Object getItem(PEnviron env, Object key) {
        Object value = env.data().getItem(string(key));
        if (value == null) {
            throw PythonErrors.keyError(key);
        }
        return value;
    }

    static void setItem(PEnviron env, Object key, Object value) {
        String name = string(key);
        String text = string(value);
        OsModule.checkPutenv(name, text);
        env.putenv(name, text);
        env.data().setItem(name, text);
    }

    static void deleteItem(PEnviron env, Object key) {
        String name = string(key);
        OsModule.checkUnsetenv(name);
        env.unsetenv(name);
        if (env.data().removeItem(name) == null) {
            throw PythonErrors.keyError(key);
        }
    }

    /** {@code MutableMapping.update}: a mapping's keys, or an iterable of pairs. */
    private static void update(PEnviron env, Object other) {
        if (other instanceof PDict dict) {
            for (PDict.Entry entry : dict.entrySnapshot()) {
                setItem(env, entry.key, entry.value());
            }
        } else if (other instanceof PEnviron source) {
            for (PDict.Entry entry : source.data().entrySnapshot()) {
                setItem(env, entry.key, entry.value());
            }
        } else if (Attributes.getOrNull(other, "keys") != null) {
            for (Object key : Iteration.toArray(Calls.callMethod(other, "keys"))) {
                setItem(env, key, Subscripts.getItem(other, key));
            }
        } else {
            for (Object pair : Iteration.toArray(other)) {
                Object[] kv = Iteration.toArray(pair);
                if (kv.length != 2) {
                    throw PythonErrors.valueError(kv.length > 2 ? "too many values to unpack (expected 2)"
                            : "not enough values to unpack (expected 2, got " + kv.length + ")");
                }
                setItem(env, kv[0], kv[1]);
            }
        }
    }
}
