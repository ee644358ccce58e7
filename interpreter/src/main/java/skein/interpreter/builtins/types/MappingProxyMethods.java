package skein.interpreter.builtins.types;

import skein.interpreter.builtins.BuiltinDefiner;
import skein.interpreter.objects.PList;
import skein.interpreter.objects.PMappingProxy;
import skein.interpreter.objects.PNone;
import skein.interpreter.objects.PTuple;
import skein.interpreter.objects.PythonClass;
import skein.interpreter.runtime.BinaryOp;
import skein.interpreter.runtime.BuiltinTypes;
import skein.interpreter.runtime.Calls;
import skein.interpreter.runtime.Comparisons;
import skein.interpreter.runtime.Containers;
import skein.interpreter.runtime.Iteration;
import skein.interpreter.runtime.Operators;
import skein.interpreter.runtime.Reprs;
import skein.interpreter.runtime.Subscripts;
import skein.interpreter.runtime.TypeOf;
import skein.interpreter.runtime.exception.PythonErrors;

/** {@code mappingproxy}: reads pass through to the mapping; nothing writes. */
final class MappingProxyMethods {

    private MappingProxyMethods() {
    }

    static void define(BuiltinDefiner d) {
        BuiltinTypes t = d.types();
        PythonClass proxy = t.mappingproxyType;
        d.staticMethod(proxy, "__new__(cls, mapping)", a -> {
            ConstructorArguments.subtype(a[0], proxy);
            Object mapping = a[1];
            if (TypeOf.get(mapping).lookup("__getitem__") == null || mapping instanceof PList || mapping instanceof PTuple) {
                throw PythonErrors.typeError("mappingproxy() argument must be a mapping, not " + TypeOf.name(mapping));
            }
            return new PMappingProxy(proxy, mapping);
        });
        d.method(proxy, "__getitem__(self, key, /)", a -> Subscripts.getItem(mapping(a[0]), a[1]));
        d.method(proxy, "__len__(self, /)", a -> Containers.length(mapping(a[0])));
        d.method(proxy, "__iter__(self, /)", a -> Iteration.getIterator(mapping(a[0])));
        d.method(proxy, "__contains__(self, key, /)", a -> Containers.contains(mapping(a[0]), a[1]));
        d.method(proxy, "__reversed__(self, /)", a -> Calls.call(t.other("reversed"), mapping(a[0])));
        d.method(proxy, "get(self, key, default=None, /)", a -> Calls.callMethod(mapping(a[0]), "get", a[1], a[2]));
        for (String name : new String[]{"keys", "values", "items", "copy"}) {
            d.method(proxy, name + "(self, /)", a -> Calls.callMethod(mapping(a[0]), name));
        }
        d.method(proxy, "__repr__(self, /)", a -> "mappingproxy(" + Reprs.repr(mapping(a[0])) + ")");
        d.method(proxy, "__str__(self, /)", a -> Reprs.str(mapping(a[0])));
        for (Comparisons.Op op : Comparisons.Op.values()) {
            d.method(proxy, op.method + "(self, value, /)", a -> Comparisons.compare(mapping(a[0]), a[1], op));
        }
        d.method(proxy, "__or__(self, value, /)", a -> Operators.binary(unwrap(a[0]), unwrap(a[1]), BinaryOp.OR));
        d.method(proxy, "__ror__(self, value, /)", a -> Operators.binary(unwrap(a[1]), unwrap(a[0]), BinaryOp.OR));
        d.method(proxy, "__ior__(self, value, /)", a -> {
            throw PythonErrors.typeError("'|=' is not supported by mappingproxy; use '|' instead");
        });
        d.constant(proxy, "__hash__", PNone.NONE);
        GenericAliasMethods.defineClassGetItem(d, proxy);
    }

    private static Object mapping(Object self) {
        return ((PMappingProxy) self).mapping();
    }

    private static Object unwrap(Object value) {
        return value instanceof PMappingProxy proxy ? proxy.mapping() : value;
    }
}
