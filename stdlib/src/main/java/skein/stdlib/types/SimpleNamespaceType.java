package skein.stdlib.types;

import skein.interpreter.builtins.BuiltinDefiner;
import skein.interpreter.modules.ModuleBuilder;
import skein.interpreter.objects.PDict;
import skein.interpreter.objects.PNone;
import skein.interpreter.objects.PNotImplemented;
import skein.interpreter.objects.PTuple;
import skein.interpreter.objects.PythonClass;
import skein.interpreter.objects.PythonObject;
import skein.interpreter.runtime.BuiltinTypes;
import skein.interpreter.runtime.Comparisons;
import skein.interpreter.runtime.Reprs;
import skein.interpreter.runtime.TypeOf;
import skein.interpreter.runtime.exception.PythonErrors;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * {@code types.SimpleNamespace(**kwargs)}: an object whose attributes are its keyword
 * arguments, with a repr listing them and equality by attributes.
 */
final class SimpleNamespaceType {

    /** Namespaces whose repr is being built on this thread: one inside itself shows as namespace(...). */
    private static final ThreadLocal<Set<Object>> REPR_IN_PROGRESS =
            ThreadLocal.withInitial(() -> Collections.newSetFromMap(new IdentityHashMap<>()));

    private SimpleNamespaceType() {
    }

    static PythonClass define(ModuleBuilder m) {
        BuiltinTypes t = m.types();
        BuiltinDefiner d = m.definer();
        PythonClass namespace = m.type("SimpleNamespace", PythonObject::new, true);
        d.method(namespace, "__init__(self, /, *args, **kwargs)", a -> {
            if (((PTuple) a[1]).size() > 0) {
                throw PythonErrors.typeError("no positional arguments expected");
            }
            PythonObject self = (PythonObject) a[0];
            self.getOrCreateDict().putAll((PDict) a[2]);
            return PNone.NONE;
        });
        d.method(namespace, "__repr__(self, /)", a -> repr((PythonObject) a[0], namespace));
        d.method(namespace, "__eq__(self, value, /)", a -> equality(a[0], a[1], namespace, Comparisons.Op.EQ));
        d.method(namespace, "__ne__(self, value, /)", a -> equality(a[0], a[1], namespace, Comparisons.Op.NE));
        d.constant(namespace, "__hash__", PNone.NONE);
        d.method(namespace, "__reduce__(self, /)", a -> new PTuple(t.tupleType, new Object[]{
                TypeOf.get(a[0]), new PTuple(t.tupleType, new Object[0]), ((PythonObject) a[0]).getOrCreateDict()}));
        return namespace;
    }

    /** Namespaces compare by their attribute dicts; anything else is not comparable. */
    private static Object equality(Object self, Object other, PythonClass namespace, Comparisons.Op op) {
        if (!TypeOf.isInstance(self, namespace) || !TypeOf.isInstance(other, namespace)) {
            return PNotImplemented.INSTANCE;
        }
        PDict mine = ((PythonObject) self).getOrCreateDict();
        PDict theirs = ((PythonObject) other).getOrCreateDict();
        return Comparisons.compare(mine, theirs, op);
    }

    /** {@code namespace(a=1, b=2)}; a subclass shows its own name; keys that are not str are left out. */
    private static String repr(PythonObject self, PythonClass namespace) {
        String name = self.getPythonClass() == namespace ? "namespace" : self.getPythonClass().getName();
        Set<Object> inProgress = REPR_IN_PROGRESS.get();
        if (!inProgress.add(self)) {
            return name + "(...)";
        }
        try {
            StringBuilder sb = new StringBuilder(name).append('(');
            boolean first = true;
            for (PDict.Entry e : self.getOrCreateDict().entrySnapshot()) {
                if (e.key instanceof String key) {
                    sb.append(first ? "" : ", ").append(key).append('=').append(Reprs.repr(e.value()));
                    first = false;
                }
            }
            return sb.append(')').toString();
        } finally {
            inProgress.remove(self);
        }
    }
}
