package skein.interpreter.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import skein.interpreter.SkeinLanguage;
import skein.interpreter.objects.PBaseSet;
import skein.interpreter.objects.PDict;
import skein.interpreter.objects.PEllipsis;
import skein.interpreter.objects.PList;
import skein.interpreter.objects.PNone;
import skein.interpreter.objects.PNotImplemented;
import skein.interpreter.objects.PTuple;
import skein.interpreter.objects.PythonClass;
import skein.interpreter.runtime.exception.PythonErrors;
import skein.interpreter.runtime.format.FloatRepr;
import skein.interpreter.runtime.format.StringRepr;

import java.math.BigInteger;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * {@code repr(x)} and {@code str(x)}. Builtin values are rendered directly; everything else
 * goes through {@code __repr__}/{@code __str__}. A container that contains itself prints as
 * {@code [...]}, tracked per thread as CPython tracks it.
 */
public final class Reprs {

    private static final ThreadLocal<Map<Object, Boolean>> IN_PROGRESS = ThreadLocal.withInitial(IdentityHashMap::new);

    private Reprs() {
    }

    @TruffleBoundary
    public static String repr(Object obj) {
        String simple = simpleRepr(obj);
        if (simple != null) {
            return simple;
        }
        Object result = Calls.callSpecial(obj, "__repr__");
        if (result instanceof String s) {
            return s;
        }
        throw PythonErrors.typeError("__repr__ returned non-string (type " + TypeOf.name(result) + ")");
    }

    @TruffleBoundary
    public static String str(Object obj) {
        if (obj instanceof String s) {
            return s;
        }
        String simple = simpleRepr(obj);
        if (simple != null) {
            return simple;
        }
        Object result = Calls.callSpecial(obj, "__str__");
        if (result instanceof String s) {
            return s;
        }
        if (result instanceof skein.interpreter.objects.PValueObject boxed && boxed.value() instanceof String s) {
            return s;
        }
        throw PythonErrors.typeError("__str__ returned non-string (type " + TypeOf.name(result) + ")");
    }

    /** The repr of builtin values of exact builtin types, rendered directly; null otherwise. */
    private static String simpleRepr(Object obj) {
        if (obj instanceof skein.interpreter.objects.PythonObject object && object.getPythonClass().isBuiltin()) {
            BuiltinTypes types = SkeinLanguage.types();
            skein.interpreter.objects.PythonClass type = object.getPythonClass();
            if (type == types.listType) {
                return listRepr((PList) obj);
            } else if (type == types.tupleType) {
                return tupleRepr((PTuple) obj);
            } else if (type == types.dictType) {
                return dictRepr((PDict) obj);
            } else if (type == types.setType || type == types.frozensetType) {
                return setRepr((PBaseSet) obj);
            }
            return null;
        }
        if (obj instanceof String s) {
            return StringRepr.repr(s);
        } else if (obj instanceof Long || obj instanceof BigInteger) {
            return obj.toString();
        } else if (obj instanceof Double d) {
            return FloatRepr.repr(d);
        } else if (obj instanceof Boolean b) {
            return b ? "True" : "False";
        } else if (obj == PNone.NONE) {
            return "None";
        } else if (obj == PNotImplemented.INSTANCE) {
            return "NotImplemented";
        } else if (obj == PEllipsis.INSTANCE) {
            return "Ellipsis";
        }
        return null;
    }

    /** {@code [a, b]}, or {@code [...]} when the list is already being printed on this thread. */
    @TruffleBoundary
    public static String listRepr(PList list) {
        return guarded(list, "[...]", () -> joinReprs("[", list.snapshot(), "]"));
    }

    @TruffleBoundary
    public static String tupleRepr(PTuple tuple) {
        if (tuple.size() == 1) {
            return guarded(tuple, "(...)", () -> "(" + repr(tuple.get(0)) + ",)");
        }
        return guarded(tuple, "(...)", () -> joinReprs("(", tuple.items(), ")"));
    }

    @TruffleBoundary
    public static String dictRepr(PDict dict) {
        return guarded(dict, "{...}", () -> {
            StringBuilder sb = new StringBuilder("{");
            boolean first = true;
            for (PDict.Entry e : dict.entrySnapshot()) {
                if (!first) {
                    sb.append(", ");
                }
                first = false;
                sb.append(repr(e.key)).append(": ").append(repr(e.value()));
            }
            return sb.append('}').toString();
        });
    }

    /** {@code {1, 2}}, {@code set()}, {@code frozenset({1})}; subclasses show their own name. */
    @TruffleBoundary
    public static String setRepr(PBaseSet set) {
        PythonClass type = set.getPythonClass();
        BuiltinTypes types = SkeinLanguage.types();
        String name = type.getName();
        Object[] items = set.elements();
        if (items.length == 0) {
            return name + "()";
        }
        return guarded(set, name + "(...)", () -> {
            String body = joinReprs("{", items, "}");
            return type == types.setType ? body : name + "(" + body + ")";
        });
    }

    private static String joinReprs(String open, Object[] items, String close) {
        StringBuilder sb = new StringBuilder(open);
        for (int i = 0; i < items.length; i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(repr(items[i]));
        }
        return sb.append(close).toString();
    }

    private static String guarded(Object container, String placeholder, java.util.function.Supplier<String> render) {
        Map<Object, Boolean> inProgress = IN_PROGRESS.get();
        if (inProgress.containsKey(container)) {
            return placeholder;
        }
        inProgress.put(container, Boolean.TRUE);
        try {
            return render.get();
        } finally {
            inProgress.remove(container);
        }
    }

    /** {@code <__main__.C object at 0x7f...>}: {@code object.__repr__}. */
    @TruffleBoundary
    public static String defaultRepr(Object obj) {
        PythonClass type = TypeOf.get(obj);
        return "<" + qualifiedName(type) + " object at " + ObjectIds.hexAddress(obj) + ">";
    }

    /** {@code module.Qualname}, leaving out the module for builtins as CPython does. */
    @TruffleBoundary
    public static String qualifiedName(PythonClass type) {
        Object module = type.getNamespace().getItem("__module__");
        if (module instanceof String m && !m.equals("builtins")) {
            return m + "." + type.getQualname();
        }
        return type.getQualname();
    }
}
