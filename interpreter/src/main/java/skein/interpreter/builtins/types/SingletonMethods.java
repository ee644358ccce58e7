package skein.interpreter.builtins.types;

import skein.interpreter.builtins.BuiltinDefiner;
import skein.interpreter.objects.PEllipsis;
import skein.interpreter.objects.PNone;
import skein.interpreter.objects.PNotImplemented;
import skein.interpreter.objects.PTuple;
import skein.interpreter.objects.PDict;
import skein.interpreter.runtime.BuiltinTypes;
import skein.interpreter.runtime.exception.PythonErrors;

/** {@code NoneType}, {@code NotImplementedType} and {@code ellipsis}: types of one value each. */
final class SingletonMethods {

    private SingletonMethods() {
    }

    static void define(BuiltinDefiner d) {
        BuiltinTypes t = d.types();
        d.staticMethod(t.noneType, "__new__(cls, /, *args, **kwargs)", a -> {
            requireNoArguments("NoneType", a);
            return PNone.NONE;
        });
        d.method(t.noneType, "__repr__(self, /)", a -> "None");
        d.method(t.noneType, "__bool__(self, /)", a -> false);
        d.staticMethod(t.notImplementedType, "__new__(cls, /, *args, **kwargs)", a -> {
            requireNoArguments("NotImplementedType", a);
            return PNotImplemented.INSTANCE;
        });
        d.method(t.notImplementedType, "__repr__(self, /)", a -> "NotImplemented");
        d.staticMethod(t.ellipsisType, "__new__(cls, /, *args, **kwargs)", a -> {
            requireNoArguments("ellipsis", a);
            return PEllipsis.INSTANCE;
        });
        d.method(t.ellipsisType, "__repr__(self, /)", a -> "Ellipsis");
    }

    private static void requireNoArguments(String name, Object[] a) {
        if (((PTuple) a[1]).size() > 0 || ((PDict) a[2]).size() > 0) {
            throw PythonErrors.typeError(name + " takes no arguments");
        }
    }
}
