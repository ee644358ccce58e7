package skein.stdlib.types;

import skein.interpreter.builtins.BuiltinDefiner;
import skein.interpreter.modules.ModuleBuilder;
import skein.interpreter.objects.PDict;
import skein.interpreter.objects.PList;
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
import skein.stdlib.Constructors;

/**
 * The methods of {@code mappingproxy} ({@code types.MappingProxyType}): every read goes to the
 * wrapped mapping; there is no way to write through it.
 */
final class MappingProxyType {

    private MappingProxyType() {
    }

    static void define(ModuleBuilder m) {
        BuiltinTypes t = m.types();
        BuiltinDefiner d = m.definer();
        PythonClass proxy = t.mappingproxyType;
        d.staticMethod(proxy, "__new__(cls, mapping)", a -> {
            Object mapping = a[1];
            boolean isMapping = mapping instanceof PDict || mapping instanceof String
                    || (!(mapping instanceof PList) && !(mapping instanceof PTuple)
                        && TypeOf.get(mapping).lookup("__getitem__") != null);
            if (!isMapping) {
                throw PythonErrors.typeError("mappingproxy() argument must be a mapping, not " + TypeOf.name(mapping));
            }
            return new MappingProxy(Constructors.subtype(a[0], proxy), mapping);
        });
        d.method(proxy, "__getitem__(self, key, /)", a -> Subscripts.getItem(mapping(a[0]), a[1]));
        d.method(proxy, "__contains__(self, key, /)", a -> Containers.contains(mapping(a[0]), a[1]));
        d.method(proxy, "__iter__(self, /)", a -> Iteration.getIterator(mapping(a[0])));
        d.method(proxy, "__len__(self, /)", a -> Containers.length(mapping(a[0])));
        d.method(proxy, "__reversed__(self, /)", a -> Calls.callMethod(mapping(a[0]), "__reversed__"));
        d.method(proxy, "get(self, key, default=None, /)", a -> {
            Object mapping = mapping(a[0]);
            if (mapping instanceof PDict dict && dict.getPythonClass() == t.dictType) {
                Object value = dict.getItem(a[1]);
                return value == null ? a[2] : value;
            }
            return Calls.callMethod(mapping, "get", a[1], a[2]);
        });
        for (String view : new String[]{"keys", "values", "items", "copy"}) {
            d.method(proxy, view + "(self, /)", a -> Calls.callMethod(mapping(a[0]), view));
        }
        d.method(proxy, "__repr__(self, /)", a -> "mappingproxy(" + Reprs.repr(mapping(a[0])) + ")");
        d.method(proxy, "__str__(self, /)", a -> Reprs.str(mapping(a[0])));
        for (Comparisons.Op op : Comparisons.Op.values()) {
            d.method(proxy, op.method + "(self, value, /)", a -> Comparisons.compare(mapping(a[0]), a[1], op));
        }
        d.method(proxy, "__or__(self, value, /)", a -> Operators.binary(mapping(a[0]), unwrapped(a[1]), BinaryOp.OR));
        d.method(proxy, "__ror__(self, value, /)", a -> Operators.binary(unwrapped(a[1]), mapping(a[0]), BinaryOp.OR));
        d.method(proxy, "__ior__(self, value, /)", a -> {
            throw PythonErrors.typeError("'|=' is not supported by mappingproxy; use '|' instead");
        });
    }

    private static Object mapping(Object self) {
        return ((MappingProxy) self).mapping();
    }

    private static Object unwrapped(Object value) {
        return value instanceof MappingProxy proxy ? proxy.mapping() : value;
    }
}
