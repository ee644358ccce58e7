package skein.interpreter.builtins.types;

import skein.interpreter.builtins.BuiltinDefiner;
import skein.interpreter.objects.PBytes;
import skein.interpreter.objects.PNone;
import skein.interpreter.objects.PNotImplemented;
import skein.interpreter.objects.PTuple;
import skein.interpreter.objects.PValueObject;
import skein.interpreter.objects.PythonClass;
import skein.interpreter.runtime.BuiltinTypes;
import skein.interpreter.runtime.Calls;
import skein.interpreter.runtime.Comparisons;
import skein.interpreter.runtime.FloatPower;
import skein.interpreter.runtime.format.FloatArithmetic;
import skein.interpreter.runtime.Hashing;
import skein.interpreter.runtime.IntOps;
import skein.interpreter.runtime.Numbers;
import skein.interpreter.runtime.Reprs;
import skein.interpreter.runtime.TypeOf;
import skein.interpreter.runtime.exception.PythonErrors;
import skein.interpreter.runtime.format.FloatFormatter;
import skein.interpreter.runtime.format.FloatHex;
import skein.interpreter.runtime.format.FloatParser;
import skein.interpreter.runtime.format.FloatRepr;
import skein.interpreter.runtime.format.FloatRounding;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.function.DoubleBinaryOperator;

/** {@code float}: IEEE doubles with Python's division, modulo, rounding and text forms. */
final class FloatMethods {

    private FloatMethods() {
    }

    static void define(BuiltinDefiner d) {
        BuiltinTypes t = d.types();
        PythonClass floatType = t.floatType;
        d.staticMethod(floatType, "__new__(cls, x=0.0, /)", a -> {
            double value = construct(a[1]);
            PythonClass cls = (PythonClass) a[0];
            return cls == floatType ? (Object) value : new PValueObject(cls, value);
        });
        binary(d, floatType, "add", Double::sum);
        binary(d, floatType, "sub", (x, y) -> x - y);
        binary(d, floatType, "mul", (x, y) -> x * y);
        binary(d, floatType, "truediv", FloatArithmetic::trueDivide);
        binary(d, floatType, "floordiv", FloatArithmetic::floorDivide);
        binary(d, floatType, "mod", FloatArithmetic::modulo);
        d.method(floatType, "__divmod__(self, value, /)", a -> divmod(t, value(a[0]), a[1], false));
        d.method(floatType, "__rdivmod__(self, value, /)", a -> divmod(t, value(a[0]), a[1], true));
        d.method(floatType, "__pow__(self, value, mod=None, /)", a -> power(value(a[0]), a[1], a[2], false));
        d.method(floatType, "__rpow__(self, value, mod=None, /)", a -> power(value(a[0]), a[1], a[2], true));
        d.method(floatType, "__neg__(self, /)", a -> -value(a[0]));
        d.method(floatType, "__pos__(self, /)", a -> value(a[0]));
        d.method(floatType, "__abs__(self, /)", a -> Math.abs(value(a[0])));
        d.method(floatType, "__bool__(self, /)", a -> value(a[0]) != 0.0);
        d.method(floatType, "__float__(self, /)", a -> value(a[0]));
        d.method(floatType, "__int__(self, /)", a -> IntMethods.normalize(FloatRounding.truncate(value(a[0]))));
        d.method(floatType, "__trunc__(self, /)", a -> IntMethods.normalize(FloatRounding.truncate(value(a[0]))));
        d.method(floatType, "__floor__(self, /)", a -> IntMethods.normalize(FloatRounding.truncate(Math.floor(value(a[0])))));
        d.method(floatType, "__ceil__(self, /)", a -> IntMethods.normalize(FloatRounding.truncate(Math.ceil(value(a[0])))));
        d.method(floatType, "__round__(self, ndigits=None, /)", a -> {
            double v = value(a[0]);
            if (a[1] == PNone.NONE) {
                return IntMethods.normalize(FloatRounding.round(v));
            }
            return FloatRounding.round(v, Numbers.indexAsLong(a[1]));
        });
        d.method(floatType, "__hash__(self, /)", a -> Hashing.hashDouble(value(a[0])));
        for (Comparisons.Op op : Comparisons.Op.values()) {
            d.method(floatType, op.method + "(self, value, /)", a -> {
                Object other = Numbers.floatValueOrNull(a[1]);
                if (other == null) {
                    other = Numbers.intValueOrNull(a[1]);
                }
                if (other == null) {
                    return PNotImplemented.INSTANCE;
                }
                return Comparisons.compareNumbers(value(a[0]), other, op);
            });
        }
        d.method(floatType, "__repr__(self, /)", a -> FloatRepr.repr(value(a[0])));
        d.method(floatType, "__format__(self, format_spec, /)", a -> {
            if (!(a[1] instanceof String spec)) {
                throw PythonErrors.typeError("format() argument 2 must be str, not " + TypeOf.name(a[1]));
            }
            if (spec.isEmpty() && !(a[0] instanceof Double)) {
                // An empty spec means str(self), which a float subclass may define.
                return Reprs.str(a[0]);
            }
            return FloatFormatter.format(value(a[0]), spec, TypeOf.name(a[0]));
        });
        d.method(floatType, "__getnewargs__(self, /)", a -> new PTuple(t.tupleType, new Object[]{value(a[0])}));
        d.method(floatType, "is_integer(self, /)", a -> {
            double v = value(a[0]);
            return !Double.isInfinite(v) && v == Math.rint(v);
        });
        d.method(floatType, "conjugate(self, /)", a -> value(a[0]));
        d.method(floatType, "hex(self, /)", a -> FloatHex.toHex(value(a[0])));
        d.classMethod(floatType, "fromhex(cls, string, /)", a -> {
            if (!(a[1] instanceof String text)) {
                throw PythonErrors.typeError("bad argument type for built-in operation");
            }
            Double parsed = FloatHex.fromHex(text);
            return a[0] == floatType ? parsed : Calls.call(a[0], parsed);
        });
        d.method(floatType, "as_integer_ratio(self, /)", a -> {
            double v = value(a[0]);
            if (Double.isInfinite(v)) {
                throw PythonErrors.overflowError("cannot convert Infinity to integer ratio");
            }
            if (Double.isNaN(v)) {
                throw PythonErrors.valueError("cannot convert NaN to integer ratio");
            }
            BigDecimal exact = new BigDecimal(v);
            BigInteger numerator = exact.unscaledValue();
            BigInteger denominator = BigInteger.ONE;
            if (exact.scale() > 0) {
                denominator = BigInteger.TEN.pow(exact.scale());
            } else {
                numerator = numerator.multiply(BigInteger.TEN.pow(-exact.scale()));
            }
            BigInteger gcd = numerator.gcd(denominator);
            return new PTuple(t.tupleType, new Object[]{IntOps.normalize(numerator.divide(gcd)),
                    IntOps.normalize(denominator.divide(gcd))});
        });
        d.getter(floatType, "real", FloatMethods::value);
        d.getter(floatType, "imag", self -> 0.0);
    }

    static double value(Object self) {
        Double v = Numbers.floatValueOrNull(self);
        if (v == null) {
            throw PythonErrors.typeError("descriptor requires a 'float' object but received a '" + TypeOf.name(self) + "'");
        }
        return v;
    }

    /** An int or float operand as a double; null when it is neither (the operation is NotImplemented). */
    private static Double operand(Object value) {
        Double f = Numbers.floatValueOrNull(value);
        if (f != null) {
            return f;
        }
        Object i = Numbers.intValueOrNull(value);
        return i == null ? null : IntOps.toDouble(i);
    }

    private static void binary(BuiltinDefiner d, PythonClass floatType, String name, DoubleBinaryOperator op) {
        d.method(floatType, "__" + name + "__(self, value, /)", a -> {
            Double other = operand(a[1]);
            return other == null ? PNotImplemented.INSTANCE : (Object) op.applyAsDouble(value(a[0]), other);
        });
        d.method(floatType, "__r" + name + "__(self, value, /)", a -> {
            Double other = operand(a[1]);
            return other == null ? PNotImplemented.INSTANCE : (Object) op.applyAsDouble(other, value(a[0]));
        });
    }

    private static Object divmod(BuiltinTypes t, double self, Object otherValue, boolean reflected) {
        Double other = operand(otherValue);
        if (other == null) {
            return PNotImplemented.INSTANCE;
        }
        FloatArithmetic.DivMod qr = reflected ? FloatArithmetic.divmod(other, self) : FloatArithmetic.divmod(self, other);
        return new PTuple(t.tupleType, new Object[]{qr.quotient(), qr.remainder()});
    }

    private static Object power(double self, Object otherValue, Object modulus, boolean reflected) {
        if (modulus != PNone.NONE) {
            throw PythonErrors.typeError("pow() 3rd argument not allowed unless all arguments are integers");
        }
        Double other = operand(otherValue);
        if (other == null) {
            return PNotImplemented.INSTANCE;
        }
        return reflected ? FloatPower.power(other, self) : FloatPower.power(self, other);
    }

    /** {@code float(x)}. */
    static double construct(Object x) {
        Double direct = Numbers.floatValueOrNull(x);
        if (direct != null) {
            return direct;
        }
        Object i = Numbers.intValueOrNull(x);
        if (i != null) {
            return IntOps.toDouble(i);
        }
        if (x instanceof String s) {
            return FloatParser.parse(s);
        } else if (x instanceof PValueObject boxed && boxed.value() instanceof String s) {
            return FloatParser.parse(s);
        } else if (x instanceof PBytes bytes) {
            return FloatParser.parse(new String(bytes.bytes(), StandardCharsets.ISO_8859_1));
        }
        if (TypeOf.get(x).lookup("__float__") != null) {
            Object result = Calls.callSpecial(x, "__float__");
            Double value = Numbers.floatValueOrNull(result);
            if (value == null) {
                throw PythonErrors.typeError(TypeOf.name(x) + ".__float__ returned non-float (type " + TypeOf.name(result) + ")");
            }
            return value;
        }
        if (TypeOf.get(x).lookup("__index__") != null) {
            return IntOps.toDouble(Numbers.index(x));
        }
        throw PythonErrors.typeError("float() argument must be a string or a real number, not '" + TypeOf.name(x) + "'");
    }
}
