package skein.interpreter.builtins.types;

import skein.interpreter.builtins.BuiltinDefiner;
import skein.interpreter.objects.Missing;
import skein.interpreter.objects.PComplex;
import skein.interpreter.objects.PNone;
import skein.interpreter.objects.PNotImplemented;
import skein.interpreter.objects.PythonClass;
import skein.interpreter.runtime.BuiltinTypes;
import skein.interpreter.runtime.Calls;
import skein.interpreter.runtime.ComplexOps;
import skein.interpreter.runtime.IntOps;
import skein.interpreter.runtime.Numbers;
import skein.interpreter.runtime.Reprs;
import skein.interpreter.runtime.TypeOf;
import skein.interpreter.runtime.exception.PythonErrors;
import skein.interpreter.runtime.format.FloatParser;

import java.util.function.BinaryOperator;

/** {@code complex}. */
final class ComplexMethods {

    private ComplexMethods() {
    }

    static void define(BuiltinDefiner d) {
        BuiltinTypes t = d.types();
        PythonClass complex = t.complexType;
        d.staticMethod(complex, "__new__(cls, real=?, imag=?)", a -> {
            PComplex value = construct(a[1], a[2]);
            PythonClass cls = (PythonClass) a[0];
            return cls == complex ? value : new PComplex(cls, value.real(), value.imag());
        });
        binary(d, complex, "add", ComplexOps::add);
        binary(d, complex, "sub", ComplexOps::sub);
        binary(d, complex, "mul", ComplexOps::mul);
        binary(d, complex, "truediv", ComplexOps::div);
        d.method(complex, "__pow__(self, value, mod=None, /)", a -> power(a[0], a[1], a[2], false));
        d.method(complex, "__rpow__(self, value, mod=None, /)", a -> power(a[0], a[1], a[2], true));
        d.method(complex, "__neg__(self, /)", a -> ComplexOps.of(-self(a[0]).real(), -self(a[0]).imag()));
        d.method(complex, "__pos__(self, /)", a -> ComplexOps.of(self(a[0]).real(), self(a[0]).imag()));
        d.method(complex, "__abs__(self, /)", a -> ComplexOps.abs(self(a[0])));
        d.method(complex, "__bool__(self, /)", a -> self(a[0]).real() != 0.0 || self(a[0]).imag() != 0.0);
        d.method(complex, "__hash__(self, /)", a -> ComplexOps.hash(self(a[0])));
        d.method(complex, "__eq__(self, value, /)", a -> {
            PComplex other = operand(a[1]);
            if (other == null) {
                return PNotImplemented.INSTANCE;
            }
            return self(a[0]).real() == other.real() && self(a[0]).imag() == other.imag();
        });
        d.method(complex, "__ne__(self, value, /)", a -> {
            PComplex other = operand(a[1]);
            if (other == null) {
                return PNotImplemented.INSTANCE;
            }
            return self(a[0]).real() != other.real() || self(a[0]).imag() != other.imag();
        });
        d.method(complex, "__repr__(self, /)", a -> ComplexOps.repr(self(a[0])));
        d.method(complex, "__format__(self, format_spec, /)", a -> {
            if (!(a[1] instanceof String spec) || !spec.isEmpty()) {
                throw PythonErrors.valueError("Unknown format code for object of type 'complex'");
            }
            return Reprs.str(a[0]);
        });
        d.method(complex, "conjugate(self, /)", a -> ComplexOps.of(self(a[0]).real(), -self(a[0]).imag()));
        d.method(complex, "__getnewargs__(self, /)", a -> new skein.interpreter.objects.PTuple(t.tupleType,
                new Object[]{self(a[0]).real(), self(a[0]).imag()}));
        d.getter(complex, "real", self -> self(self).real());
        d.getter(complex, "imag", self -> self(self).imag());
    }

    private static PComplex self(Object self) {
        return (PComplex) self;
    }

    /** An int, float or complex operand as a complex; null for anything else. */
    static PComplex operand(Object value) {
        if (value instanceof PComplex c) {
            return c;
        }
        Double f = Numbers.floatValueOrNull(value);
        if (f != null) {
            return ComplexOps.of(f, 0);
        }
        Object i = Numbers.intValueOrNull(value);
        return i == null ? null : ComplexOps.of(IntOps.toDouble(i), 0);
    }

    private static void binary(BuiltinDefiner d, PythonClass complex, String name, BinaryOperator<PComplex> op) {
        d.method(complex, "__" + name + "__(self, value, /)", a -> {
            PComplex other = operand(a[1]);
            return other == null ? PNotImplemented.INSTANCE : op.apply(self(a[0]), other);
        });
        d.method(complex, "__r" + name + "__(self, value, /)", a -> {
            PComplex other = operand(a[1]);
            return other == null ? PNotImplemented.INSTANCE : op.apply(other, self(a[0]));
        });
    }

    private static Object power(Object self, Object value, Object modulus, boolean reflected) {
        if (modulus != PNone.NONE) {
            throw PythonErrors.valueError("complex modulo");
        }
        PComplex other = operand(value);
        if (other == null) {
            return PNotImplemented.INSTANCE;
        }
        return reflected ? ComplexOps.pow(other, self(self)) : ComplexOps.pow(self(self), other);
    }

    /** {@code complex(real, imag)} and {@code complex('1+2j')}. */
    private static PComplex construct(Object real, Object imag) {
        if (real == Missing.INSTANCE) {
            real = 0L;
        }
        if (real instanceof String text) {
            if (imag != Missing.INSTANCE) {
                throw PythonErrors.typeError("complex() can't take second arg if first is a string");
            }
            return parse(text);
        }
        PComplex r = asComplex(real, "first");
        if (imag == Missing.INSTANCE) {
            return r;
        }
        if (imag instanceof String) {
            throw PythonErrors.typeError("complex() second arg can't be a string");
        }
        PComplex i = asComplex(imag, "second");
        // CPython adds the parts only where they come from complex arguments, which keeps -0.0.
        double realPart = imag instanceof PComplex ? r.real() - i.imag() : r.real();
        double imagPart = real instanceof PComplex ? r.imag() + i.real() : i.real();
        return ComplexOps.of(realPart, imagPart);
    }

    private static PComplex asComplex(Object value, String which) {
        PComplex c = operand(value);
        if (c != null) {
            return c;
        }
        if (TypeOf.get(value).lookup("__complex__") != null) {
            Object result = Calls.callSpecial(value, "__complex__");
            if (result instanceof PComplex rc) {
                return rc;
            }
            throw PythonErrors.typeError("__complex__ returned non-complex (type " + TypeOf.name(result) + ")");
        }
        if (TypeOf.get(value).lookup("__float__") != null || TypeOf.get(value).lookup("__index__") != null) {
            return ComplexOps.of(Numbers.asDouble(value), 0);
        }
        throw PythonErrors.typeError("complex() " + which + " argument must be a string or a number, not '"
                + TypeOf.name(value) + "'");
    }

    /** {@code '1+2j'}, {@code '(3-4j)'}, {@code 'j'}, {@code ' 2.5 '}: CPython's accepted forms. */
    private static PComplex parse(String text) {
        String s = text.strip();
        if (s.startsWith("(") && s.endsWith(")")) {
            s = s.substring(1, s.length() - 1).strip();
        }
        try {
            if (!s.endsWith("j") && !s.endsWith("J")) {
                return ComplexOps.of(FloatParser.parse(s), 0);
            }
            String body = s.substring(0, s.length() - 1);
            int split = -1;
            for (int i = body.length() - 1; i > 0; i--) {
                char c = body.charAt(i);
                if ((c == '+' || c == '-') && body.charAt(i - 1) != 'e' && body.charAt(i - 1) != 'E') {
                    split = i;
                    break;
                }
            }
            if (split < 0) {
                return ComplexOps.of(0, imaginaryPart(body));
            }
            return ComplexOps.of(FloatParser.parse(body.substring(0, split)), imaginaryPart(body.substring(split)));
        } catch (RuntimeException e) {
            throw PythonErrors.valueError("complex() arg is a malformed string");
        }
    }

    private static double imaginaryPart(String text) {
        if (text.isEmpty() || text.equals("+")) {
            return 1.0;
        }
        if (text.equals("-")) {
            return -1.0;
        }
        if (text.contains(" ")) {
            throw new IllegalArgumentException(text);
        }
        return FloatParser.parse(text);
    }

}
