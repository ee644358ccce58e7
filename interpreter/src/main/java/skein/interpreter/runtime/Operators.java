package skein.interpreter.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import skein.interpreter.SkeinLanguage;
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
        String sequenceMessage = sequenceFailure(a, b, symbol);
        if (sequenceMessage != null) {
            return PythonErrors.typeError(sequenceMessage);
        }
        if (symbol.equals("**") || symbol.equals("**=")) {
            return PythonErrors.typeError("unsupported operand type(s) for " + symbol + " or pow(): '" + TypeOf.name(a)
                    + "' and '" + TypeOf.name(b) + "'");
        }
        return PythonErrors.typeError("unsupported operand type(s) for " + symbol + ": '" + TypeOf.name(a) + "' and '"
                + TypeOf.name(b) + "'");
    }

    /**
     * When no operand handles {@code +} or {@code *}, CPython falls back to a builtin sequence's
     * concatenation or repetition, which fails with the sequence's own message; null when
     * neither operand is such a sequence.
     */
    private static String sequenceFailure(Object a, Object b, String symbol) {
        BuiltinTypes types = SkeinLanguage.types();
        PythonClass typeA = TypeOf.get(a, types);
        if (symbol.equals("+") || symbol.equals("+=")) {
            for (PythonClass sequence : new PythonClass[]{types.listType, types.tupleType, types.strType}) {
                if (typeA.isSubclassOf(sequence)) {
                    return "can only concatenate " + sequence.getName() + " (not \"" + TypeOf.name(b) + "\") to "
                            + sequence.getName();
                }
            }
            return null;
        }
        if (symbol.equals("*") || symbol.equals("*=")) {
            if (isRepeatable(typeA, types) && !isIndex(b)) {
                return "can't multiply sequence by non-int of type '" + TypeOf.name(b) + "'";
            }
            if (isRepeatable(TypeOf.get(b, types), types) && !isIndex(a)) {
                return "can't multiply sequence by non-int of type '" + typeA.getName() + "'";
            }
        }
        return null;
    }

    private static boolean isIndex(Object value) {
        return Numbers.intValueOrNull(value) != null || TypeOf.get(value).lookup("__index__") != null;
    }

    private static boolean isRepeatable(PythonClass type, BuiltinTypes types) {
        return type.isSubclassOf(types.listType) || type.isSubclassOf(types.tupleType) || type.isSubclassOf(types.strType)
                || type.isSubclassOf(types.bytesType);
    }

    /**
     * {@code -a}, {@code +a}, {@code ~a}, {@code abs(a)} through {@code __neg__}, {@code __pos__},
     * {@code __invert__}, {@code __abs__}; {@code operation} is how CPython's message names it:
     * "unary -", "abs()".
     */
    @TruffleBoundary
    public static Object unary(Object a, String method, String operation) {
        Object result = Calls.callSpecial(a, method);
        if (result == null) {
            throw PythonErrors.typeError("bad operand type for " + operation + ": '" + TypeOf.name(a) + "'");
        }
        return result;
    }
}
