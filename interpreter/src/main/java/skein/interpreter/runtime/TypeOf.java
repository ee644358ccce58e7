package skein.interpreter.runtime;

import com.oracle.truffle.api.CompilerDirectives;
import skein.interpreter.SkeinLanguage;
import skein.interpreter.objects.FunctionCode;
import skein.interpreter.objects.PCell;
import skein.interpreter.objects.PEllipsis;
import skein.interpreter.objects.PNone;
import skein.interpreter.objects.PNotImplemented;
import skein.interpreter.objects.PythonClass;
import skein.interpreter.objects.PythonObject;

import java.math.BigInteger;

/** {@code type(x)} for every value, Java stand-ins for int, float, bool and str included. */
public final class TypeOf {

    private TypeOf() {
    }

    public static PythonClass get(Object value) {
        return get(value, SkeinLanguage.types());
    }

    public static PythonClass get(Object value, BuiltinTypes types) {
        if (value instanceof PythonObject object) {
            return object.getPythonClass();
        } else if (value instanceof Long || value instanceof BigInteger) {
            return types.intType;
        } else if (value instanceof String) {
            return types.strType;
        } else if (value instanceof Double) {
            return types.floatType;
        } else if (value instanceof Boolean) {
            return types.boolType;
        } else if (value == PNone.NONE) {
            return types.noneType;
        } else if (value == PNotImplemented.INSTANCE) {
            return types.notImplementedType;
        } else if (value == PEllipsis.INSTANCE) {
            return types.ellipsisType;
        } else if (value instanceof PCell) {
            return types.cellType;
        } else if (value instanceof FunctionCode) {
            return types.codeType;
        }
        throw CompilerDirectives.shouldNotReachHere("not a Python value: " + value.getClass().getName());
    }

    /** The name of x's type as CPython's error messages give it ({@code tp_name}). */
    public static String name(Object value) {
        return get(value).getTypeName();
    }

    public static boolean isInstance(Object value, PythonClass cls) {
        return get(value).isSubclassOf(cls);
    }
}
