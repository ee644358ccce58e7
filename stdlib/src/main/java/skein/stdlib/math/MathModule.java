package skein.stdlib.math;

import skein.interpreter.modules.ModuleBuilder;
import skein.interpreter.modules.NativeModule;
import skein.interpreter.objects.Missing;
import skein.interpreter.objects.PTuple;
import skein.interpreter.runtime.BuiltinTypes;
import skein.interpreter.runtime.Numbers;

import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;

/**
 * The {@code math} module. Floats are Java doubles; ints of any size are accepted wherever
 * CPython accepts them. CPython takes most functions from glibc, which rounds exp, log, pow,
 * sin, cos, log2, atan, asin and acos correctly in practice. Java's Math does too for exp, log,
 * pow, sin and cos in all but about one call in a thousand; log2 and the inverse trigonometric
 * functions are Skein's own, correctly rounded in double-double. The hyperbolic functions,
 * log10, log1p, expm1 and cbrt (which glibc does not round correctly either) differ from
 * glibc's in the last bit for some percent of arguments.
 */
public final class MathModule implements NativeModule {

    private static final double DEGREES_PER_RADIAN = 180.0 / Math.PI;
    private static final double RADIANS_PER_DEGREE = Math.PI / 180.0;

    @Override
    public String name() {
        return "math";
    }

    @Override
    public void define(ModuleBuilder m) {
        m.constant("pi", Math.PI);
        m.constant("e", Math.E);
        m.constant("tau", 2 * Math.PI);
        m.constant("inf", Double.POSITIVE_INFINITY);
        m.constant("nan", Double.NaN);
        defineFloatFunctions(m);
        defineRoundingAndParts(m);
        defineIntegerFunctions(m);
        m.function("log(x, base=?, /)", a -> a[1] == Missing.INSTANCE
                ? Logarithms.log(a[0]) : Logarithms.log(a[0], a[1]));
        m.function("log2(x, /)", a -> Logarithms.log2(a[0]));
        m.function("log10(x, /)", a -> Logarithms.log10(a[0]));
        m.function("log1p(x, /)", a -> Logarithms.log1p(a[0]));
        m.function("fsum(seq, /)", a -> ExactSum.fsum(a[0]));
        m.function("prod(iterable, /, *, start=1)", a -> Products.prod(a[0], a[1]));
        m.function("hypot(*coordinates)", a -> VectorNorm.hypot(((PTuple) a[0]).items()));
        m.function("dist(p, q, /)", a -> VectorNorm.dist(a[0], a[1]));
    }

    private static void defineFloatFunctions(ModuleBuilder m) {
        unary(m, "sqrt", Math::sqrt, false);
        unary(m, "cbrt", Math::cbrt, false);
        unary(m, "exp", Math::exp, true);
        unary(m, "exp2", x -> Math.pow(2.0, x), true);
        unary(m, "expm1", Math::expm1, true);
        unary(m, "sin", Math::sin, false);
        unary(m, "cos", Math::cos, false);
        unary(m, "tan", Math::tan, false);
        unary(m, "asin", InverseTrigonometry::asin, false);
        unary(m, "acos", InverseTrigonometry::acos, false);
        unary(m, "atan", InverseTrigonometry::atan, false);
        unary(m, "sinh", Math::sinh, true);
        unary(m, "cosh", Math::cosh, true);
        unary(m, "tanh", StrictMath::tanh, false);
        unary(m, "asinh", InverseHyperbolic::asinh, false);
        unary(m, "acosh", InverseHyperbolic::acosh, false);
        unary(m, "atanh", InverseHyperbolic::atanh, false);
        unary(m, "erf", SpecialFunctions::erf, false);
        unary(m, "erfc", SpecialFunctions::erfc, false);
        m.function("gamma(x, /)", a -> SpecialFunctions.gamma(Numbers.asDouble(a[0])));
        m.function("lgamma(x, /)", a -> SpecialFunctions.lgamma(Numbers.asDouble(a[0])));
        m.function("degrees(x, /)", a -> Numbers.asDouble(a[0]) * DEGREES_PER_RADIAN);
        m.function("radians(x, /)", a -> Numbers.asDouble(a[0]) * RADIANS_PER_DEGREE);
        binary(m, "atan2(y, x, /)", InverseTrigonometry::atan2);
        binary(m, "pow(x, y, /)", Powers::pow);
        binary(m, "fmod(x, y, /)", FloatParts::fmod);
        binary(m, "remainder(x, y, /)", FloatParts::remainder);
        binary(m, "copysign(x, y, /)", Math::copySign);
        binary(m, "nextafter(x, y, /)", Math::nextAfter);
    }

    private static void defineRoundingAndParts(ModuleBuilder m) {
        BuiltinTypes t = m.types();
        m.function("floor(x, /)", a -> Rounding.floor(a[0]));
        m.function("ceil(x, /)", a -> Rounding.ceil(a[0]));
        m.function("trunc(x, /)", a -> Rounding.trunc(a[0]));
        m.function("fabs(x, /)", a -> Math.abs(Numbers.asDouble(a[0])));
        m.function("frexp(x, /)", a -> new PTuple(t.tupleType, FloatParts.frexp(Numbers.asDouble(a[0]))));
        m.function("ldexp(x, i, /)", a -> FloatParts.ldexp(Numbers.asDouble(a[0]), a[1]));
        m.function("modf(x, /)", a -> new PTuple(t.tupleType, FloatParts.modf(Numbers.asDouble(a[0]))));
        m.function("ulp(x, /)", a -> FloatParts.ulp(Numbers.asDouble(a[0])));
        m.function("isfinite(x, /)", a -> Double.isFinite(Numbers.asDouble(a[0])));
        m.function("isinf(x, /)", a -> Double.isInfinite(Numbers.asDouble(a[0])));
        m.function("isnan(x, /)", a -> Double.isNaN(Numbers.asDouble(a[0])));
        m.function("isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0)", a -> FloatParts.isclose(Numbers.asDouble(a[0]),
                Numbers.asDouble(a[1]), Numbers.asDouble(a[2]), Numbers.asDouble(a[3])));
    }

    private static void defineIntegerFunctions(ModuleBuilder m) {
        m.function("factorial(n, /)", a -> IntegerFunctions.factorial(a[0]));
        m.function("gcd(*integers)", a -> IntegerFunctions.gcd(((PTuple) a[0]).items()));
        m.function("lcm(*integers)", a -> IntegerFunctions.lcm(((PTuple) a[0]).items()));
        m.function("isqrt(n, /)", a -> IntegerFunctions.isqrt(a[0]));
        m.function("comb(n, k, /)", a -> IntegerFunctions.comb(a[0], a[1]));
        m.function("perm(n, k=None, /)", a -> IntegerFunctions.perm(a[0], a[1]));
    }

    /** A function of one float, with CPython's domain and range checks on its result. */
    private static void unary(ModuleBuilder m, String name, DoubleUnaryOperator f, boolean canOverflow) {
        m.function(name + "(x, /)", a -> {
            double x = Numbers.asDouble(a[0]);
            return MathErrors.checked(x, f.applyAsDouble(x), canOverflow);
        });
    }

    private static void binary(ModuleBuilder m, String signature, DoubleBinaryOperator f) {
        m.function(signature, a -> f.applyAsDouble(Numbers.asDouble(a[0]), Numbers.asDouble(a[1])));
    }
}
