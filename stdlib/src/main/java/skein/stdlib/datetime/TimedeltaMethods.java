package skein.stdlib.datetime;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

import skein.interpreter.builtins.BuiltinDefiner;
import skein.interpreter.objects.PNotImplemented;
import skein.interpreter.objects.PTuple;
import skein.interpreter.objects.PythonClass;
import skein.interpreter.runtime.Comparisons;
import skein.interpreter.runtime.Hashing;
import skein.interpreter.runtime.IntOps;
import skein.interpreter.runtime.Numbers;
import skein.interpreter.runtime.exception.PythonErrors;

/** {@code datetime.timedelta}: construction from mixed units, arithmetic, comparison and text. */
final class TimedeltaMethods {

    /** The constructor's units in the order CPython adds them up, with their length in microseconds. */
    private static final String[] UNITS = {"microseconds", "milliseconds", "seconds", "minutes", "hours", "days",
        "weeks"};
    private static final long[] UNIT_MICROS = {1, 1_000, 1_000_000, 60_000_000, 3_600_000_000L, 86_400_000_000L,
        604_800_000_000L};

    private TimedeltaMethods() {
    }

    static void define(BuiltinDefiner d, DatetimeTypes types) {
        PythonClass type = types.timedelta;
        d.staticMethod(type, "__new__(cls, days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0, "
                + "weeks=0)", a -> {
            // Arguments arrive as days, seconds, microseconds, milliseconds, minutes, hours, weeks.
            Object[] inUnitOrder = {a[3], a[4], a[2], a[5], a[6], a[1], a[7]};
            return construct((PythonClass) a[0], inUnitOrder);
        });
        d.getter(type, "days", self -> ((PTimedelta) self).days());
        d.getter(type, "seconds", self -> (long) ((PTimedelta) self).seconds());
        d.getter(type, "microseconds", self -> (long) ((PTimedelta) self).microseconds());
        d.method(type, "total_seconds(self, /)", a ->
                IntOps.trueDivide(IntOps.normalize(((PTimedelta) a[0]).totalMicros()), PTimedelta.MICROS_PER_SECOND));
        d.method(type, "__repr__(self, /)", a -> repr((PTimedelta) a[0]));
        d.method(type, "__str__(self, /)", a -> str((PTimedelta) a[0]));
        d.method(type, "__bool__(self, /)", a -> !((PTimedelta) a[0]).isZero());
        d.method(type, "__hash__(self, /)", a -> hash((PTimedelta) a[0], types));
        d.method(type, "__reduce__(self, /)", a -> {
            PTimedelta self = (PTimedelta) a[0];
            return new PTuple(types.builtins.tupleType, new Object[]{self.getPythonClass(),
                new PTuple(types.builtins.tupleType, new Object[]{self.days(), (long) self.seconds(),
                    (long) self.microseconds()})});
        });
        for (Comparisons.Op op : Comparisons.Op.values()) {
            d.method(type, op.method + "(self, value, /)", a -> a[1] instanceof PTimedelta other
                    ? (Object) op.test(((PTimedelta) a[0]).compareTo(other)) : PNotImplemented.INSTANCE);
        }
        d.method(type, "__neg__(self, /)", a -> types.delta(((PTimedelta) a[0]).totalMicros().negate()));
        d.method(type, "__pos__(self, /)", a -> types.delta(((PTimedelta) a[0]).totalMicros()));
        d.method(type, "__abs__(self, /)", a -> types.delta(((PTimedelta) a[0]).totalMicros().abs()));
        d.method(type, "__add__(self, value, /)", a -> a[1] instanceof PTimedelta other
                ? types.delta(((PTimedelta) a[0]).totalMicros().add(other.totalMicros())) : PNotImplemented.INSTANCE);
        d.method(type, "__radd__(self, value, /)", a -> a[1] instanceof PTimedelta other
                ? types.delta(other.totalMicros().add(((PTimedelta) a[0]).totalMicros())) : PNotImplemented.INSTANCE);
        d.method(type, "__sub__(self, value, /)", a -> a[1] instanceof PTimedelta other
                ? types.delta(((PTimedelta) a[0]).totalMicros().subtract(other.totalMicros()))
                : PNotImplemented.INSTANCE);
        d.method(type, "__rsub__(self, value, /)", a -> a[1] instanceof PTimedelta other
                ? types.delta(other.totalMicros().subtract(((PTimedelta) a[0]).totalMicros()))
                : PNotImplemented.INSTANCE);
        d.method(type, "__mul__(self, value, /)", a -> multiply((PTimedelta) a[0], a[1], types));
        d.method(type, "__rmul__(self, value, /)", a -> multiply((PTimedelta) a[0], a[1], types));
        d.method(type, "__truediv__(self, value, /)", a -> trueDivide((PTimedelta) a[0], a[1], types));
        d.method(type, "__floordiv__(self, value, /)", a -> floorDivide((PTimedelta) a[0], a[1], types));
        d.method(type, "__mod__(self, value, /)", a -> {
            if (!(a[1] instanceof PTimedelta other)) {
                return PNotImplemented.INSTANCE;
            }
            BigInteger divisor = nonZero(other, "integer modulo by zero");
            return types.delta(((PTimedelta) a[0]).totalMicros().subtract(
                    floor(((PTimedelta) a[0]).totalMicros(), divisor).multiply(divisor)));
        });
        d.method(type, "__divmod__(self, value, /)", a -> {
            if (!(a[1] instanceof PTimedelta other)) {
                return PNotImplemented.INSTANCE;
            }
            BigInteger dividend = ((PTimedelta) a[0]).totalMicros();
            BigInteger divisor = nonZero(other, "integer division or modulo by zero");
            BigInteger quotient = floor(dividend, divisor);
            return new PTuple(types.builtins.tupleType, new Object[]{IntOps.normalize(quotient),
                types.delta(dividend.subtract(quotient.multiply(divisor)))});
        });
    }

    /** timedelta(...) from the units in {@link #UNITS} order; Missing-free, every value an int or float. */
    private static PTimedelta construct(PythonClass cls, Object[] values) {
        BigInteger sum = BigInteger.ZERO;
        // The fractions of microseconds that floats leave over, rounded once at the end.
        double leftover = 0;
        for (int i = 0; i < UNITS.length; i++) {
            Object value = values[i];
            BigInteger factor = BigInteger.valueOf(UNIT_MICROS[i]);
            Object asInt = Numbers.intValueOrNull(value);
            if (asInt != null) {
                sum = sum.add(IntOps.big(asInt).multiply(factor));
                continue;
            }
            Double asFloat = Numbers.floatValueOrNull(value);
            if (asFloat == null) {
                throw PythonErrors.typeError("unsupported type for timedelta " + UNITS[i] + " component: "
                        + DatetimeTypes.typeName(value));
            }
            double whole = truncate(asFloat);
            sum = sum.add(exactInteger(whole).multiply(factor));
            double fraction = asFloat - whole;
            if (fraction != 0.0) {
                double scaled = UNIT_MICROS[i] * fraction;
                double scaledWhole = truncate(scaled);
                sum = sum.add(exactInteger(scaledWhole));
                leftover += scaled - scaledWhole;
            }
        }
        if (leftover != 0.0) {
            double wholeMicros = Ratios.roundHalfAway(leftover);
            if (Math.abs(wholeMicros - leftover) == 0.5) {
                // Exactly half way: round so that the total comes out even.
                int odd = sum.testBit(0) ? 1 : 0;
                wholeMicros = 2.0 * Ratios.roundHalfAway((leftover + odd) * 0.5) - odd;
            }
            sum = sum.add(BigInteger.valueOf((long) wholeMicros));
        }
        PTimedelta normalized = PTimedelta.of(cls, sum);
        return normalized;
    }

    /** C's {@code modf} integer part; NaN and infinities pass through to {@link #exactInteger}. */
    private static double truncate(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return value;
        }
        return value < 0 ? Math.ceil(value) : Math.floor(value);
    }

    private static BigInteger exactInteger(double whole) {
        if (Double.isNaN(whole)) {
            throw PythonErrors.valueError("cannot convert float NaN to integer");
        }
        if (Double.isInfinite(whole)) {
            throw PythonErrors.overflowError("cannot convert float infinity to integer");
        }
        return new BigDecimal(whole).toBigIntegerExact();
    }

    private static Object multiply(PTimedelta self, Object factor, DatetimeTypes types) {
        Object asInt = Numbers.intValueOrNull(factor);
        if (asInt != null) {
            return types.delta(self.totalMicros().multiply(IntOps.big(asInt)));
        }
        Double asFloat = Numbers.floatValueOrNull(factor);
        if (asFloat != null) {
            BigInteger[] ratio = Ratios.of(asFloat);
            return types.delta(Ratios.divideNearest(self.totalMicros().multiply(ratio[0]), ratio[1]));
        }
        return PNotImplemented.INSTANCE;
    }

    private static Object trueDivide(PTimedelta self, Object divisor, DatetimeTypes types) {
        if (divisor instanceof PTimedelta other) {
            if (other.isZero()) {
                throw PythonErrors.zeroDivisionError("division by zero");
            }
            return IntOps.trueDivide(IntOps.normalize(self.totalMicros()), IntOps.normalize(other.totalMicros()));
        }
        Object asInt = Numbers.intValueOrNull(divisor);
        if (asInt != null) {
            return types.delta(Ratios.divideNearest(self.totalMicros(), IntOps.big(asInt)));
        }
        Double asFloat = Numbers.floatValueOrNull(divisor);
        if (asFloat != null) {
            BigInteger[] ratio = Ratios.of(asFloat);
            return types.delta(Ratios.divideNearest(self.totalMicros().multiply(ratio[1]), ratio[0]));
        }
        return PNotImplemented.INSTANCE;
    }

    private static Object floorDivide(PTimedelta self, Object divisor, DatetimeTypes types) {
        if (divisor instanceof PTimedelta other) {
            return IntOps.normalize(floor(self.totalMicros(), nonZero(other, "integer division or modulo by zero")));
        }
        Object asInt = Numbers.intValueOrNull(divisor);
        if (asInt != null) {
            BigInteger n = IntOps.big(asInt);
            if (n.signum() == 0) {
                throw PythonErrors.zeroDivisionError("integer division or modulo by zero");
            }
            return types.delta(floor(self.totalMicros(), n));
        }
        return PNotImplemented.INSTANCE;
    }

    private static BigInteger nonZero(PTimedelta divisor, String message) {
        if (divisor.isZero()) {
            throw PythonErrors.zeroDivisionError(message);
        }
        return divisor.totalMicros();
    }

    private static BigInteger floor(BigInteger a, BigInteger b) {
        BigInteger[] qr = a.divideAndRemainder(b);
        return qr[1].signum() != 0 && qr[1].signum() != b.signum() ? qr[0].subtract(BigInteger.ONE) : qr[0];
    }

    static long hash(PTimedelta self, DatetimeTypes types) {
        return Hashing.hashTuple(new PTuple(types.builtins.tupleType, new Object[]{self.days(), (long) self.seconds(),
            (long) self.microseconds()}));
    }

    static String repr(PTimedelta self) {
        List<String> parts = new ArrayList<>();
        if (self.days() != 0) {
            parts.add("days=" + self.days());
        }
        if (self.seconds() != 0) {
            parts.add("seconds=" + self.seconds());
        }
        if (self.microseconds() != 0) {
            parts.add("microseconds=" + self.microseconds());
        }
        return DatetimeTypes.typeName(self) + "(" + (parts.isEmpty() ? "0" : String.join(", ", parts)) + ")";
    }

    /** {@code [D day[s], ]H:MM:SS[.ffffff]}. */
    static String str(PTimedelta self) {
        StringBuilder out = new StringBuilder();
        if (self.days() != 0) {
            out.append(self.days()).append(Math.abs(self.days()) == 1 ? " day, " : " days, ");
        }
        int s = self.seconds();
        out.append(s / 3600).append(String.format(":%02d:%02d", s / 60 % 60, s % 60));
        if (self.microseconds() != 0) {
            out.append(String.format(".%06d", self.microseconds()));
        }
        return out.toString();
    }
}
