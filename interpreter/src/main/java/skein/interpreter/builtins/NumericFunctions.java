package skein.interpreter.builtins;

import skein.interpreter.objects.PNone;
import skein.interpreter.objects.PNotImplemented;
import skein.interpreter.objects.PValueObject;
import skein.interpreter.runtime.BinaryOp;
import skein.interpreter.runtime.BytesLike;
import skein.interpreter.runtime.Calls;
import skein.interpreter.runtime.IntOps;
import skein.interpreter.runtime.Numbers;
import skein.interpreter.runtime.Operators;
import skein.interpreter.runtime.StrOps;
import skein.interpreter.runtime.TypeOf;
import skein.interpreter.runtime.exception.PythonErrors;

import java.math.BigInteger;
import java.util.Map;

/** Builtins on numbers and characters: abs, divmod, pow, round, hex, oct, bin, chr, ord. */
final class NumericFunctions {

    private NumericFunctions() {
    }

    static void define(BuiltinDefiner d, Map<String, Object> members) {
        IntrospectionFunctions.add(members, d.function("abs(x, /)", a -> Operators.unary(a[0], "__abs__", "abs()")));
        IntrospectionFunctions.add(members, d.function("divmod(x, y, /)", a -> Operators.binary(a[0], a[1], BinaryOp.DIVMOD)));
        IntrospectionFunctions.add(members, d.function("pow(base, exp, mod=None)", a -> {
            if (a[2] == PNone.NONE) {
                return Operators.binary(a[0], a[1], BinaryOp.POW);
            }
            Object result = Calls.callSpecial(a[0], "__pow__", a[1], a[2]);
            if (result == null || result == PNotImplemented.INSTANCE) {
                throw PythonErrors.typeError("unsupported operand type(s) for ** or pow(): '" + TypeOf.name(a[0]) + "', '"
                        + TypeOf.name(a[1]) + "', '" + TypeOf.name(a[2]) + "'");
            }
            return result;
        }));
        IntrospectionFunctions.add(members, d.function("round(number, ndigits=None)", a -> {
            Object result = a[1] == PNone.NONE
                    ? Calls.callSpecial(a[0], "__round__")
                    : Calls.callSpecial(a[0], "__round__", a[1]);
            if (result == null) {
                throw PythonErrors.typeError("type " + TypeOf.name(a[0]) + " doesn't define __round__ method");
            }
            return result;
        }));
        IntrospectionFunctions.add(members, d.function("hex(number, /)", a -> withPrefix(Numbers.index(a[0]), 16, "0x")));
        IntrospectionFunctions.add(members, d.function("oct(number, /)", a -> withPrefix(Numbers.index(a[0]), 8, "0o")));
        IntrospectionFunctions.add(members, d.function("bin(number, /)", a -> withPrefix(Numbers.index(a[0]), 2, "0b")));
        IntrospectionFunctions.add(members, d.function("chr(i, /)", a -> {
            Object value = Numbers.index(a[0]);
            if (!(value instanceof Long code) || code < 0 || code > 0x10FFFF) {
                if (value instanceof BigInteger) {
                    throw PythonErrors.overflowError("Python int too large to convert to C int");
                }
                throw PythonErrors.valueError("chr() arg not in range(0x110000)");
            }
            return StrOps.fromCodePoint((int) (long) code);
        }));
        IntrospectionFunctions.add(members, d.function("ord(c, /)", a -> {
            String text = a[0] instanceof String s ? s
                    : a[0] instanceof PValueObject boxed && boxed.value() instanceof String s ? s : null;
            if (text != null) {
                int length = StrOps.length(text);
                if (length != 1) {
                    throw PythonErrors.typeError("ord() expected a character, but string of length " + length + " found");
                }
                return (long) text.codePointAt(0);
            }
            byte[] bytes = BytesLike.bytesOrNull(a[0]);
            if (bytes != null) {
                if (bytes.length != 1) {
                    throw PythonErrors.typeError("ord() expected a character, but string of length " + bytes.length
                            + " found");
                }
                return (long) (bytes[0] & 0xff);
            }
            throw PythonErrors.typeError("ord() expected string of length 1, but " + TypeOf.name(a[0]) + " found");
        }));
    }

    /** {@code -0x1f}: the sign before the prefix, as Python writes it. */
    static String withPrefix(Object value, int radix, String prefix) {
        BigInteger big = IntOps.big(value);
        String digits = big.abs().toString(radix);
        return (big.signum() < 0 ? "-" : "") + prefix + digits;
    }
}
