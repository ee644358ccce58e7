package skein.interpreter.builtins.types;

import skein.interpreter.builtins.BuiltinDefiner;
import skein.interpreter.objects.PDict;
import skein.interpreter.objects.PMappingProxy;
import skein.interpreter.objects.PythonClass;
import skein.interpreter.runtime.Attributes;
import skein.interpreter.runtime.BuiltinTypes;
import skein.interpreter.runtime.Calls;
import skein.interpreter.runtime.Comparisons;
import skein.interpreter.runtime.Containers;
import skein.interpreter.runtime.Iteration;
import skein.interpreter.runtime.Reprs;
import skein.interpreter.runtime.Subscripts;
import skein.interpreter.runtime.TypeOf;
import skein.interpreter.runtime.exception.PythonErrors;

/** {@code mappingproxy}: reads go to the mapping behind it; it has no way to write. */
final class MappingProxyMethods {

    private MappingProxyMethods() {
    }

    static void define(BuiltinDefiner d) {
        BuiltinTypes t = d.types();
        PythonClass proxy = t.mappingproxyType;
        d.staticMethod(proxy, "__new__(cls, mapping)", a -> {
            Object mapping = a[1];
            if (!(mapping instanceof PDict) && (Attributes.getOrNull(mapping, "keys") == null
                    || TypeOf.get(mapping).lookup("__getitem__") == null)) {
                throw PythonErrors.typeError("mappingproxy() argument must be a mapping, not " + TypeOf.name(mapping));
            }
            return new PMappingProxy((PythonClass) a[0], mapping);
        });
        d.method(proxy, "__getitem__(self, key, /)", a -> Subscripts.getItem(mapping(a[0]), a[1]));
        d.method(proxy, "__contains__(self, key, /)", a -> Containers.contains(mapping(a[0]), a[1]));
        d.method(proxy, "__iter__(self, /)", a -> Iteration.getIterator(mapping(a[0])));
        d.method(proxy, "__len__(self, /)", a -> Containers.length(mapping(a[0])));
        d.method(proxy, "get(self, key, default=None, /)", a -> Calls.callMethod(mapping(a[0]), "get", a[1], a[2]));
        d.method(proxy, "keys(self, /)", a -> Calls.callMethod(mapping(a[0]), "keys"));
        d.method(proxy, "values(self, /)", a -> Calls.callMethod(mapping(a[0]), "values"));
        d.method(proxy, "items(self, /)", a -> Calls.callMethod(mapping(a[0]), "items"));
        d.method(proxy, "copy(self, /)", a -> Calls.callMethod(mapping(a[0]), "copy"));
        d.method(proxy, "__eq__(self, value, /)", a -> Comparisons.compare(mapping(a[0]), a[1], Comparisons.Op.EQ));
        d.method(proxy, "__repr__(self, /)", a -> "mappingproxy(" + Reprs.repr(mapping(a[0])) + ")");
        d.method(proxy, "__str__(self, /)", a -> Reprs.str(mapping(a[0])));
    }

    private static Object mapping(Object self) {
        return ((PMappingProxy) self).mapping();
    }
}
