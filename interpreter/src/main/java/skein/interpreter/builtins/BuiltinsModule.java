package skein.interpreter.builtins;

import skein.interpreter.objects.PEllipsis;
import skein.interpreter.objects.PNone;
import skein.interpreter.objects.PNotImplemented;
import skein.interpreter.objects.PythonClass;
import skein.interpreter.runtime.BuiltinTypes;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The members of the {@code builtins} module: the builtin types, the exceptions, the constants
 * and the functions, which are defined by theme in the other classes of this package.
 */
public final class BuiltinsModule {

    private BuiltinsModule() {
    }

    public static Map<String, Object> members(BuiltinDefiner d) {
        BuiltinTypes t = d.types();
        Map<String, Object> members = new LinkedHashMap<>();
        members.put("None", PNone.NONE);
        members.put("True", Boolean.TRUE);
        members.put("False", Boolean.FALSE);
        members.put("Ellipsis", PEllipsis.INSTANCE);
        members.put("NotImplemented", PNotImplemented.INSTANCE);
        members.put("__debug__", Boolean.TRUE);
        for (PythonClass cls : new PythonClass[]{t.objectType, t.typeType, t.intType, t.boolType, t.floatType, t.complexType, t.strType,
                t.bytesType, t.listType, t.tupleType, t.dictType, t.setType, t.frozensetType, t.rangeType, t.sliceType,
                t.propertyType, t.staticmethodType, t.classmethodType, t.superType}) {
            members.put(cls.getName(), cls);
        }
        for (String name : new String[]{"enumerate", "zip", "map", "filter", "reversed", "bytearray",
                "memoryview"}) {
            PythonClass cls = t.other(name);
            if (cls != null) {
                members.put(name, cls);
            }
        }
        members.putAll(t.exceptions());
        members.put("EnvironmentError", t.osError);
        members.put("IOError", t.osError);
        IntrospectionFunctions.define(d, members);
        IterationFunctions.define(d, members);
        NumericFunctions.define(d, members);
        InputOutputFunctions.define(d, members);
        ExecutionFunctions.define(d, members);
        return members;
    }
}
