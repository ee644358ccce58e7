package skein.interpreter.builtins.types;

import skein.interpreter.builtins.BuiltinDefiner;
import skein.interpreter.objects.PNotImplemented;
import skein.interpreter.objects.PythonClass;
import skein.interpreter.runtime.BuiltinTypes;
import skein.interpreter.runtime.IntOps;
import skein.interpreter.runtime.Truthiness;
import skein.interpreter.runtime.exception.PythonErrors;

/** {@code bool}: an int subclass of two values; &, | and ^ of two bools stay bools. */
final class BoolMethods {

    private BoolMethods() {
    }

    static void define(BuiltinDefiner d) {
        BuiltinTypes t = d.types();
        PythonClass bool = t.boolType;
        d.staticMethod(bool, "__new__(cls, x=False, /)", a -> {
            if (a[0] != bool) {
                throw PythonErrors.typeError("type 'bool' is not an acceptable base type");
            }
            return Truthiness.isTrue(a[1]);
        });
        d.method(bool, "__repr__(self, /)", a -> ((Boolean) a[0]) ? "True" : "False");
        logical(d, bool, "and");
        logical(d, bool, "or");
        logical(d, bool, "xor");
    }

    private static void logical(BuiltinDefiner d, PythonClass bool, String name) {
        for (String method : new String[]{"__" + name + "__", "__r" + name + "__"}) {
            d.method(bool, method + "(self, value, /)", a -> {
                if (a[1] instanceof Boolean other) {
                    boolean self = (Boolean) a[0];
                    return switch (name) {
                        case "and" -> self & other;
                        case "or" -> self | other;
                        default -> self ^ other;
                    };
                }
                if (!IntOps.isInt(a[1])) {
                    return PNotImplemented.INSTANCE;
                }
                Object self = IntOps.asIntValue(a[0]);
                return switch (name) {
                    case "and" -> IntOps.and(self, a[1]);
                    case "or" -> IntOps.or(self, a[1]);
                    default -> IntOps.xor(self, a[1]);
                };
            });
        }
    }
}
