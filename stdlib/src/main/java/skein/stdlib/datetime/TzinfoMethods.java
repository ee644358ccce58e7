package skein.stdlib.datetime;

import skein.interpreter.builtins.BuiltinDefiner;
import skein.interpreter.objects.Missing;
import skein.interpreter.objects.PNone;
import skein.interpreter.objects.PNotImplemented;
import skein.interpreter.objects.PTuple;
import skein.interpreter.objects.PythonClass;
import skein.interpreter.runtime.Calls;
import skein.interpreter.runtime.Reprs;
import skein.interpreter.runtime.TypeOf;
import skein.interpreter.runtime.exception.PythonErrors;

/** The abstract {@code datetime.tzinfo} and its fixed-offset implementation {@code datetime.timezone}. */
final class TzinfoMethods {

    private static final String RANGE = "offset must be a timedelta strictly between -timedelta(hours=24) and "
            + "timedelta(hours=24)";

    private TzinfoMethods() {
    }

    static void define(BuiltinDefiner d, DatetimeTypes types) {
        defineTzinfo(d, types);
        defineTimezone(d, types);
    }

    private static void defineTzinfo(BuiltinDefiner d, DatetimeTypes types) {
        PythonClass type = types.tzinfo;
        for (String method : new String[]{"tzname", "utcoffset", "dst"}) {
            d.method(type, method + "(self, dt, /)", a -> {
                throw PythonErrors.notImplementedError("a tzinfo subclass must implement " + method + "()");
            });
        }
        d.method(type, "fromutc(self, dt, /)", a -> {
            PDateTime dt = utcArgument(a[0], a[1]);
            PTimedelta offset = Offsets.utcoffset(a[0], dt, types);
            if (offset == null) {
                throw PythonErrors.valueError("fromutc: non-None utcoffset() result required");
            }
            PTimedelta dst = Offsets.dst(a[0], dt, types);
            if (dst == null) {
                throw PythonErrors.valueError("fromutc: non-None dst() result required");
            }
            Object result = dt;
            PTimedelta standard = types.delta(offset.totalMicros().subtract(dst.totalMicros()));
            if (!standard.isZero()) {
                result = DateTimeMethods.plus((PDateTime) result, standard, types);
                dst = Offsets.dst(a[0], result, types);
                if (dst == null) {
                    throw PythonErrors.valueError("fromutc: tz.dst() gave inconsistent results; cannot convert");
                }
            }
            return DateTimeMethods.plus((PDateTime) result, dst, types);
        });
    }

    private static void defineTimezone(BuiltinDefiner d, DatetimeTypes types) {
        PythonClass type = types.timezone;
        d.staticMethod(type, "__new__(cls, offset, name=?)", a -> {
            if (!(a[1] instanceof PTimedelta offset)) {
                throw PythonErrors.typeError("timezone() argument 1 must be datetime.timedelta, not "
                        + TypeOf.name(a[1]));
            }
            String name = null;
            if (a[2] != Missing.INSTANCE) {
                if (!(a[2] instanceof String s)) {
                    throw PythonErrors.typeError("timezone() argument 2 must be str, not " + TypeOf.name(a[2]));
                }
                name = s;
            }
            return create((PythonClass) a[0], offset, name, types);
        });
        d.method(type, "utcoffset(self, dt, /)", a -> {
            checkDateTimeOrNone(a[1], "utcoffset");
            return ((PTimezone) a[0]).offset();
        });
        d.method(type, "dst(self, dt, /)", a -> {
            checkDateTimeOrNone(a[1], "dst");
            return PNone.NONE;
        });
        d.method(type, "tzname(self, dt, /)", a -> {
            checkDateTimeOrNone(a[1], "tzname");
            return name((PTimezone) a[0], types);
        });
        d.method(type, "fromutc(self, dt, /)", a -> {
            PDateTime dt = utcArgument(a[0], a[1]);
            return DateTimeMethods.plus(dt, ((PTimezone) a[0]).offset(), types);
        });
        d.method(type, "__repr__(self, /)", a -> {
            PTimezone self = (PTimezone) a[0];
            String typeName = DatetimeTypes.typeName(self);
            if (self == types.utc) {
                return typeName + ".utc";
            }
            String offset = TimedeltaMethods.repr(self.offset());
            return typeName + "(" + offset + (self.name() == null ? "" : ", " + Reprs.repr(self.name())) + ")";
        });
        d.method(type, "__str__(self, /)", a -> Calls.callMethod(a[0], "tzname", PNone.NONE));
        d.method(type, "__eq__(self, value, /)", a -> a[1] instanceof PTimezone other
                ? (Object) (((PTimezone) a[0]).offset().compareTo(other.offset()) == 0) : PNotImplemented.INSTANCE);
        d.method(type, "__hash__(self, /)", a -> TimedeltaMethods.hash(((PTimezone) a[0]).offset(), types));
        d.method(type, "__getinitargs__(self, /)", a -> {
            PTimezone self = (PTimezone) a[0];
            Object[] args = self.name() == null ? new Object[]{self.offset()} : new Object[]{self.offset(), self.name()};
            return new PTuple(types.builtins.tupleType, args);
        });
        d.method(type, "__reduce__(self, /)", a -> new PTuple(types.builtins.tupleType, new Object[]{
            ((PTimezone) a[0]).getPythonClass(), Calls.callMethod(a[0], "__getinitargs__")}));
    }

    /** {@code timezone(offset, name)}: the UTC singleton for a zero offset without a name. */
    static PTimezone create(PythonClass cls, PTimedelta offset, String name, DatetimeTypes types) {
        if (!Offsets.isWithinADay(offset)) {
            throw PythonErrors.valueError(RANGE + ", not " + TimedeltaMethods.repr(offset) + ".");
        }
        if (cls == types.timezone && name == null && offset.isZero()) {
            return types.utc;
        }
        PTimedelta plain = offset.getPythonClass() == types.timedelta ? offset
                : new PTimedelta(types.timedelta, offset.days(), offset.seconds(), offset.microseconds());
        return new PTimezone(cls, plain, name);
    }

    /** The timezone of a parsed ISO offset, or None; a zero offset is UTC whatever its microseconds. */
    static Object fromIsoOffset(IsoParser.ParsedTime t, DatetimeTypes types) {
        if (!t.hasOffset()) {
            return PNone.NONE;
        }
        if (t.offsetSeconds() == 0) {
            return types.utc;
        }
        PTimedelta offset = types.delta(t.offsetSeconds() * PTimedelta.MICROS_PER_SECOND + t.offsetMicros());
        return create(types.timezone, offset, null, types);
    }

    /** {@code UTC+05:30}, or the name given, or "UTC" for the zero offset. */
    private static String name(PTimezone zone, DatetimeTypes types) {
        if (zone.name() != null) {
            return zone.name();
        }
        if (zone == types.utc || zone.offset().isZero()) {
            return "UTC";
        }
        return "UTC" + Offsets.format(zone.offset(), ":");
    }

    private static void checkDateTimeOrNone(Object dt, String method) {
        if (dt != PNone.NONE && !(dt instanceof PDateTime)) {
            throw PythonErrors.typeError(method + "(dt) argument must be a datetime instance or None, not "
                    + TypeOf.name(dt));
        }
    }

    private static PDateTime utcArgument(Object self, Object dt) {
        if (!(dt instanceof PDateTime dateTime)) {
            throw PythonErrors.typeError("fromutc: argument must be a datetime");
        }
        if (dateTime.tzinfo() != self) {
            throw PythonErrors.valueError("fromutc: dt.tzinfo is not self");
        }
        return dateTime;
    }
}
