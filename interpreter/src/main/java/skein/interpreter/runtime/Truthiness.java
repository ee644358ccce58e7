package skein.interpreter.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import skein.interpreter.objects.PBaseSet;
import skein.interpreter.objects.PBytes;
import skein.interpreter.objects.PDict;
import skein.interpreter.objects.PList;
import skein.interpreter.objects.PNone;
import skein.interpreter.objects.PRange;
import skein.interpreter.objects.PTuple;
import skein.interpreter.objects.PythonClass;
import skein.interpreter.objects.PythonObject;
import skein.interpreter.runtime.exception.PythonErrors;

import java.math.BigInteger;

/** {@code bool(x)}: a value's truth, through {@code __bool__} and then {@code __len__}. */
public final class Truthiness {

    private Truthiness() {
    }

    public static boolean isTrue(Object value) {
        if (value instanceof Boolean b) {
            return b;
        } else if (value instanceof Long l) {
            return l != 0;
        } else if (value == PNone.NONE) {
            return false;
        } else if (value instanceof String s) {
            return !s.isEmpty();
        }
        return isTrueGeneric(value);
    }

    @TruffleBoundary
    private static boolean isTrueGeneric(Object value) {
        if (value instanceof Double d) {
            return d != 0.0;
        } else if (value instanceof BigInteger big) {
            return big.signum() != 0;
        }
        if (!(value instanceof PythonObject object)) {
            return true;
        }
        PythonClass type = object.getPythonClass();
        if (type.isBuiltin()) {
            if (value instanceof PList list) {
                return list.size() != 0;
            } else if (value instanceof PTuple tuple) {
                return tuple.size() != 0;
            } else if (value instanceof PDict dict) {
                return dict.size() != 0;
            } else if (value instanceof PBaseSet set) {
                return set.size() != 0;
            } else if (value instanceof PRange range) {
                return range.length() != 0;
            } else if (value instanceof PBytes bytes) {
                return bytes.size() != 0;
            }
        }
        Object bool = type.lookup("__bool__");
        if (bool != null && bool != PNone.NONE) {
            Object result = Calls.callSpecial(value, "__bool__");
            if (result instanceof Boolean b) {
                return b;
            }
            throw PythonErrors.typeError("__bool__ should return bool, returned " + TypeOf.name(result));
        }
        Object len = type.lookup("__len__");
        if (len != null) {
            return Containers.length(value) != 0;
        }
        return true;
    }
}
