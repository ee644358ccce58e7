package skein.interpreter.builtins.types;

import skein.interpreter.builtins.BuiltinDefiner;
import skein.interpreter.objects.Missing;
import skein.interpreter.objects.PBytes;
import skein.interpreter.objects.PNone;
import skein.interpreter.objects.PNotImplemented;
import skein.interpreter.objects.PTuple;
import skein.interpreter.objects.PValueObject;
import skein.interpreter.objects.PythonClass;
import skein.interpreter.runtime.BuiltinTypes;
import skein.interpreter.runtime.Calls;
import skein.interpreter.runtime.Comparisons;
import skein.interpreter.runtime.Hashing;
import skein.interpreter.runtime.IntOps;
import skein.interpreter.runtime.Numbers;
import skein.interpreter.runtime.Reprs;
import skein.interpreter.runtime.TypeOf;
import skein.interpreter.runtime.exception.PythonErrors;
import skein.interpreter.runtime.format.FloatRounding;
import skein.interpreter.runtime.format.IntFormatter;
import skein.interpreter.runtime.format.IntParser;
import skein.interpreter.runtime.format.IntRounding;
import skein.interpreter.runtime.format.IntText;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.function.BinaryOperator;

/** {@code int}: arbitrary-precision integers held as Long or BigInteger. */
final class IntMethods {

    private IntMethods() {
    }

    static void define(BuiltinDefiner d) {
        BuiltinTypes t = d.types();
        PythonClass intType = t.intType;
        d.staticMethod(intType, "__new__(cls, x=?, /, base=?)", a -> {
            Object value = construct(a[1], a[2]);
            PythonClass cls = (PythonClass) a[0];
            return cls == intType ? value : new PValueObject(cls, value);
        });
        binary(d, intType, "add", IntOps::add);
        binary(d, intType, "sub", IntOps::sub);
        binary(d, intType, "mul", IntOps::mul);
        binary(d, intType, "floordiv", IntOps::floorDiv);
        binary(d, intType, "mod", IntOps::mod);
        binary(d, intType, "lshift", IntOps::lshift);
        binary(d, intType, "rshift", IntOps::rshift);
        binary(d, intType, "and", IntOps::and);
        binary(d, intType, "or", IntOps::or);
        binary(d, intType, "xor", IntOps::xor);
        binary(d, intType, "truediv", IntOps::trueDivide);
        binary(d, intType, "divmod", (x, y) -> new PTuple(t.tupleType, new Object[]{IntOps.floorDiv(x, y), IntOps.mod(x, y)}));
        d.method(intType, "__pow__(self, value, mod=None, /)", a -> power(a[0], a[1], a[2]));
        d.method(intType, "__rpow__(self, value, mod=None, /)", a -> power(a[1], a[0], a[2]));
        d.method(intType, "__neg__(self, /)", a -> IntOps.negate(value(a[0])));
        d.method(intType, "__pos__(self, /)", a -> value(a[0]));
        d.method(intType, "__abs__(self, /)", a -> IntOps.abs(value(a[0])));
        d.method(intType, "__invert__(self, /)", a -> IntOps.invert(value(a[0])));
        d.method(intType, "__bool__(self, /)", a -> !IntOps.isZero(value(a[0])));
        for (String name : new String[]{"__int__", "__index__", "__trunc__", "__floor__", "__ceil__"}) {
            d.method(intType, name + "(self, /)", a -> value(a[0]));
        }
        d.method(intType, "__float__(self, /)", a -> IntOps.toDouble(value(a[0])));
        d.method(intType, "__round__(self, ndigits=None, /)", a -> {
            Object v = value(a[0]);
            if (a[1] == PNone.NONE) {
                return v;
            }
            long digits = Numbers.indexAsLong(a[1]);
            Number rounded = v instanceof Long l ? IntRounding.round(l, digits) : IntRounding.round((BigInteger) v, digits);
            return normalize(rounded);
        });
        d.method(intType, "__hash__(self, /)", a -> {
            Object v = value(a[0]);
            return v instanceof Long l ? Hashing.hashLong(l) : Hashing.hashBig((BigInteger) v);
        });
        for (Comparisons.Op op : Comparisons.Op.values()) {
            d.method(intType, op.method + "(self, value, /)", a -> {
                Object other = Numbers.intValueOrNull(a[1]);
                if (other == null) {
                    Double f = Numbers.floatValueOrNull(a[1]);
                    if (f == null) {
                        return PNotImplemented.INSTANCE;
                    }
                    return Comparisons.compareNumbers(value(a[0]), f, op);
                }
                return Comparisons.compareNumbers(value(a[0]), other, op);
            });
        }
        d.method(intType, "__repr__(self, /)", a -> decimal(value(a[0])));
        d.method(intType, "__format__(self, format_spec, /)", a -> {
            if (!(a[1] instanceof String spec)) {
                throw PythonErrors.typeError("format() argument 2 must be str, not " + TypeOf.name(a[1]));
            }
            if (spec.isEmpty() && !(a[0] instanceof Long || a[0] instanceof BigInteger)) {
                // An empty spec means str(self), which differs for bool and int subclasses.
                return Reprs.str(a[0]);
            }
            Object v = value(a[0]);
            String typeName = TypeOf.name(a[0]);
            return v instanceof Long l ? IntFormatter.format(l, spec, typeName, IntText.DEFAULT_MAX_STR_DIGITS)
                    : IntFormatter.format((BigInteger) v, spec, typeName, IntText.DEFAULT_MAX_STR_DIGITS);
        });
        d.method(intType, "__getnewargs__(self, /)", a -> new PTuple(t.tupleType, new Object[]{value(a[0])}));
        d.method(intType, "bit_length(self, /)", a -> (long) IntOps.big(value(a[0])).abs().bitLength());
        d.method(intType, "bit_count(self, /)", a -> (long) IntOps.big(value(a[0])).abs().bitCount());
        d.method(intType, "conjugate(self, /)", a -> value(a[0]));
        d.method(intType, "as_integer_ratio(self, /)", a -> new PTuple(t.tupleType, new Object[]{value(a[0]), 1L}));
        d.method(intType, "to_bytes(self, /, length=1, byteorder='big', *, signed=False)",
                a -> new PBytes(t.bytesType, toBytes(value(a[0]), a[1], a[2], skein.interpreter.runtime.Truthiness.isTrue(a[3]))));
        d.classMethod(intType, "from_bytes(cls, /, bytes, byteorder='big', *, signed=False)", a -> {
            Object value = fromBytes(a[1], a[2], skein.interpreter.runtime.Truthiness.isTrue(a[3]));
            PythonClass cls = (PythonClass) a[0];
            return cls == intType ? value : Calls.call(cls, value);
        });
        d.getter(intType, "real", IntMethods::value);
        d.getter(intType, "imag", self -> 0L);
        d.getter(intType, "numerator", IntMethods::value);
        d.getter(intType, "denominator", self -> 1L);
    }

    /** The int value of self: an int, a bool or an int subclass instance. */
    static Object value(Object self) {
        Object v = Numbers.intValueOrNull(self);
        if (v == null) {
            throw PythonErrors.typeError("descriptor requires a 'int' object but received a '" + TypeOf.name(self) + "'");
        }
        return v;
    }

    static Object normalize(Number n) {
        return n instanceof BigInteger big ? IntOps.normalize(big) : (Object) n.longValue();
    }

    static String decimal(Object value) {
        return value instanceof Long l ? IntText.decimal(l) : IntText.decimal((BigInteger) value, IntText.DEFAULT_MAX_STR_DIGITS);
    }

    /** {@code __op__} and {@code __rop__}, both NotImplemented for a non-int other operand. */
    private static void binary(BuiltinDefiner d, PythonClass intType, String name, BinaryOperator<Object> op) {
        d.method(intType, "__" + name + "__(self, value, /)", a -> {
            Object other = Numbers.intValueOrNull(a[1]);
            return other == null ? PNotImplemented.INSTANCE : op.apply(value(a[0]), other);
        });
        d.method(intType, "__r" + name + "__(self, value, /)", a -> {
            Object other = Numbers.intValueOrNull(a[1]);
            return other == null ? PNotImplemented.INSTANCE : op.apply(other, value(a[0]));
        });
    }

    private static Object power(Object base, Object exponent, Object modulus) {
        Object b = Numbers.intValueOrNull(base);
        Object e = Numbers.intValueOrNull(exponent);
        if (b == null || e == null) {
            return PNotImplemented.INSTANCE;
        }
        if (modulus == PNone.NONE) {
            return IntOps.pow(b, e);
        }
        Object m = Numbers.intValueOrNull(modulus);
        if (m == null) {
            return PNotImplemented.INSTANCE;
        }
        return IntOps.powMod(b, e, m);
    }

    /** {@code int(x)} and {@code int(x, base)}. */
    static Object construct(Object x, Object base) {
        if (x == Missing.INSTANCE) {
            if (base != Missing.INSTANCE) {
                throw PythonErrors.typeError("int() missing string argument");
            }
            return 0L;
        }
        if (base != Missing.INSTANCE) {
            int radix = Numbers.asInt(base);
            String text = textOf(x);
            if (text == null) {
                throw PythonErrors.typeError("int() can't convert non-string with explicit base");
            }
            return normalize(IntParser.parse(text, radix, IntText.DEFAULT_MAX_STR_DIGITS));
        }
        Object direct = Numbers.intValueOrNull(x);
        if (direct != null) {
            return direct;
        }
        Double d = Numbers.floatValueOrNull(x);
        if (d != null) {
            return normalize(FloatRounding.truncate(d));
        }
        String text = textOf(x);
        if (text != null) {
            return normalize(IntParser.parse(text, 10, IntText.DEFAULT_MAX_STR_DIGITS));
        }
        for (String special : new String[]{"__int__", "__index__", "__trunc__"}) {
            if (TypeOf.get(x).lookup(special) != null) {
                Object result = Calls.callSpecial(x, special);
                Object asInt = Numbers.intValueOrNull(result);
                if (asInt == null) {
                    if (special.equals("__trunc__")) {
                        return Numbers.index(result);
                    }
                    throw PythonErrors.typeError(special + " returned non-int (type " + TypeOf.name(result) + ")");
                }
                return asInt;
            }
        }
        throw PythonErrors.typeError("int() argument must be a string, a bytes-like object or a real number, not '"
                + TypeOf.name(x) + "'");
    }

    /** The text of a str or bytes argument, or null. */
    private static String textOf(Object x) {
        if (x instanceof String s) {
            return s;
        } else if (x instanceof PValueObject boxed && boxed.value() instanceof String s) {
            return s;
        } else if (x instanceof PBytes bytes) {
            return new String(bytes.bytes(), StandardCharsets.ISO_8859_1);
        }
        return null;
    }

    private static byte[] toBytes(Object value, Object lengthArg, Object orderArg, boolean signed) {
        long length = Numbers.indexAsLong(lengthArg);
        if (length < 0) {
            throw PythonErrors.valueError("length argument must be non-negative");
        }
        boolean little = byteOrder(orderArg);
        BigInteger v = IntOps.big(value);
        if (!signed && v.signum() < 0) {
            throw PythonErrors.overflowError("can't convert negative int to unsigned");
        }
        byte[] big = v.toByteArray();
        int needed = signed ? big.length : (v.signum() == 0 ? 0 : (v.bitLength() + 7) / 8);
        if (needed > length) {
            throw PythonErrors.overflowError("int too big to convert");
        }
        byte[] out = new byte[(int) length];
        byte fill = (byte) (v.signum() < 0 ? 0xff : 0);
        for (int i = 0; i < out.length; i++) {
            int fromEnd = big.length - 1 - i;
            out[out.length - 1 - i] = fromEnd >= 0 ? big[fromEnd] : fill;
        }
        if (little) {
            for (int i = 0, j = out.length - 1; i < j; i++, j--) {
                byte tmp = out[i];
                out[i] = out[j];
                out[j] = tmp;
            }
        }
        return out;
    }

    private static Object fromBytes(Object source, Object orderArg, boolean signed) {
        boolean little = byteOrder(orderArg);
        byte[] bytes;
        if (source instanceof PBytes b) {
            bytes = b.bytes().clone();
        } else {
            Object[] items = skein.interpreter.runtime.Iteration.toArray(source);
            bytes = new byte[items.length];
            for (int i = 0; i < items.length; i++) {
                long v = Numbers.indexAsLong(items[i]);
                if (v < 0 || v > 255) {
                    throw PythonErrors.valueError("bytes must be in range(0, 256)");
                }
                bytes[i] = (byte) v;
            }
        }
        if (little) {
            for (int i = 0, j = bytes.length - 1; i < j; i++, j--) {
                byte tmp = bytes[i];
                bytes[i] = bytes[j];
                bytes[j] = tmp;
            }
        }
        if (bytes.length == 0) {
            return 0L;
        }
        BigInteger v = signed ? new BigInteger(bytes) : new BigInteger(1, bytes);
        return IntOps.normalize(v);
    }

    private static boolean byteOrder(Object order) {
        if ("little".equals(order)) {
            return true;
        } else if ("big".equals(order)) {
            return false;
        }
        throw PythonErrors.valueError("byteorder must be either 'little' or 'big'");
    }
}
