package skein.interpreter.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import skein.interpreter.objects.PNotImplemented;
import skein.interpreter.objects.PythonClass;
import skein.interpreter.runtime.exception.PythonErrors;

/**
 * The binary and unary operator protocols: {@code a + b} tries {@code type(a).__add__}, then
 * {@code type(b).__radd__} (first, when b's type is a subclass that overrides it), and
 * {@code a += b} tries {@code __iadd__} before both. Builtin types take part through their own
 * special methods, so the same path serves {@code 1 + 2} and {@code Vector(1) + Vector(2)};
 * nodes take shortcuts for the common builtin cases.
 */
public final class Operators {

    private Operators() {
    }

    @TruffleBoundary
    public static Object binary(Object a, Object b, BinaryOp op) {
        Object result = tryBinary(a, b, op);
        if (result != PNotImplemented.INSTANCE) {
            return result;
        }
        throw unsupported(a, b, op.symbol);
    }

    @TruffleBoundary
    public static Object inplace(Object a, Object b, BinaryOp op) {
        Object method = TypeOf.get(a).lookup(op.inplace);
        if (method != null) {
            Object result = Calls.callSpecial(a, op.inplace, b);
            if (result != PNotImplemented.INSTANCE) {
                return result;
            }
        }
        Object result = tryBinary(a, b, op);
        if (result != PNotImplemented.INSTANCE) {
            return result;
        }
        throw unsupported(a, b, op.symbol + "=");
    }

    /** The binary protocol; NotImplemented when neither operand handles it. */
    @TruffleBoundary
    public static Object tryBinary(Object a, Object b, BinaryOp op) {
        PythonClass typeA = TypeOf.get(a);
        PythonClass typeB = TypeOf.get(b);
        Object methodA = typeA.lookup(op.method);
        Object methodB = typeA == typeB ? null : typeB.lookup(op.reflected);
        if (methodB != null && typeB.isSubclassOf(typeA) && methodB != typeA.lookup(op.reflected)) {
            Object result = Calls.callSpecial(b, op.reflected, a);
            if (result != PNotImplemented.INSTANCE) {
                return result;
            }
            methodB = null;
        }
        if (methodA != null) {
            Object result = Calls.callSpecial(a, op.method, b);
            if (result != PNotImplemented.INSTANCE) {
                return result;
            }
        }
        if (methodB != null) {
            return Calls.callSpecial(b, op.reflected, a);
        }
        return PNotImplemented.INSTANCE;
    }

    private static RuntimeException unsupported(Object a, Object b, String symbol) {
        if (symbol.equals("**") || symbol.equals("**=")) {
            return PythonErrors.typeError("unsupported operand type(s) for " + symbol + " or pow(): '" + TypeOf.name(a)
                    + "' and '" + TypeOf.name(b) + "'");
        }
        return PythonErrors.typeError("unsupported operand type(s) for " + symbol + ": '" + TypeOf.name(a) + "' and '"
                + TypeOf.name(b) + "'");
    }

    /** {@code -a}, {@code +a}, {@code ~a} through {@code __neg__}, {@code __pos__}, {@code __invert__}. */
    @TruffleBoundary
    public static Object unary(Object a, String method, String symbol) {
        Object result = Calls.callSpecial(a, method);
        if (result == null) {
            throw PythonErrors.typeError("bad operand type for unary " + symbol + ": '" + TypeOf.name(a) + "'");
        }
        return result;
    }
}
