package skein.stdlib.datetime;

import skein.interpreter.builtins.BuiltinDefiner;
import skein.interpreter.objects.Missing;
import skein.interpreter.objects.PNone;
import skein.interpreter.objects.PNotImplemented;
import skein.interpreter.objects.PTuple;
import skein.interpreter.objects.PythonClass;
import skein.interpreter.runtime.Calls;
import skein.interpreter.runtime.Comparisons;
import skein.interpreter.runtime.Hashing;
import skein.interpreter.runtime.Reprs;
import skein.interpreter.runtime.exception.PythonErrors;

/** {@code datetime.time}: a time of day with an optional tzinfo. */
final class TimeMethods {

    private TimeMethods() {
    }

    static void define(BuiltinDefiner d, DatetimeTypes types) {
        PythonClass type = types.time;
        d.staticMethod(type, "__new__(cls, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0)", a -> {
            int hour = DatetimeArguments.cInt(a[1]);
            int minute = DatetimeArguments.cInt(a[2]);
            int second = DatetimeArguments.cInt(a[3]);
            int microsecond = DatetimeArguments.cInt(a[4]);
            int fold = DatetimeArguments.cInt(a[6]);
            DatetimeArguments.checkTime(hour, minute, second, microsecond, fold);
            Object tz = DatetimeArguments.tzinfo(a[5], types);
            return new PTime((PythonClass) a[0], hour, minute, second, microsecond, tz, fold);
        });
        defineClockGetters(d, type);
        d.classMethod(type, "fromisoformat(cls, time_string, /)", a -> {
            String text = DateMethods.isoArgument(a[1]);
            IsoParser.ParsedTime t = IsoParser.time(text);
            if (t == null) {
                throw DateMethods.invalidIsoFormat(text);
            }
            DatetimeArguments.checkTime(t.hour(), t.minute(), t.second(), t.microsecond(), 0);
            Object tz = TzinfoMethods.fromIsoOffset(t, types);
            return types.newTime((PythonClass) a[0], t.hour(), t.minute(), t.second(), t.microsecond(), tz, 0);
        });
        d.method(type, "replace(self, hour=?, minute=?, second=?, microsecond=?, tzinfo=?, *, fold=?)", a -> {
            PTime self = (PTime) a[0];
            int hour = DatetimeArguments.cInt(a[1], self.hour());
            int minute = DatetimeArguments.cInt(a[2], self.minute());
            int second = DatetimeArguments.cInt(a[3], self.second());
            int microsecond = DatetimeArguments.cInt(a[4], self.microsecond());
            int fold = DatetimeArguments.cInt(a[6], self.fold());
            DatetimeArguments.checkTime(hour, minute, second, microsecond, fold);
            Object tz = a[5] == Missing.INSTANCE ? self.tzinfo() : DatetimeArguments.tzinfo(a[5], types);
            return new PTime(self.getPythonClass(), hour, minute, second, microsecond, tz, fold);
        });
        d.method(type, "utcoffset(self, /)", a -> orNone(Offsets.utcoffset(((PTime) a[0]).tzinfo(), PNone.NONE, types)));
        d.method(type, "dst(self, /)", a -> orNone(Offsets.dst(((PTime) a[0]).tzinfo(), PNone.NONE, types)));
        d.method(type, "tzname(self, /)", a -> Offsets.tzname(((PTime) a[0]).tzinfo(), PNone.NONE));
        d.method(type, "isoformat(self, timespec='auto')", a -> {
            PTime self = (PTime) a[0];
            String text = DatetimeText.isoTime(self, DatetimeArguments.string(a[1], "isoformat", 1));
            PTimedelta offset = Offsets.utcoffset(self.tzinfo(), PNone.NONE, types);
            return offset == null ? text : text + Offsets.format(offset, ":");
        });
        d.method(type, "__str__(self, /)", a -> Calls.callMethod(a[0], "isoformat"));
        d.method(type, "strftime(self, format)", a -> {
            PTime self = (PTime) a[0];
            String format = DatetimeArguments.string(a[1], "strftime", 1);
            Object tz = self.tzinfo();
            return DatetimeText.strftime(format, 1900, 1, 1, self, Offsets.utcoffset(tz, PNone.NONE, types),
                    Offsets.tzname(tz, PNone.NONE), null);
        });
        d.method(type, "__format__(self, fmt, /)", a -> DateMethods.format(a[0], a[1]));
        d.method(type, "__repr__(self, /)", a -> {
            PTime self = (PTime) a[0];
            StringBuilder out = new StringBuilder(DatetimeTypes.typeName(self)).append('(');
            out.append(self.hour()).append(", ").append(self.minute());
            if (self.second() != 0 || self.microsecond() != 0) {
                out.append(", ").append(self.second());
            }
            if (self.microsecond() != 0) {
                out.append(", ").append(self.microsecond());
            }
            return finishRepr(out, self, false);
        });
        d.method(type, "__hash__(self, /)", a -> {
            PTime self = (PTime) a[0];
            PTime plain = self.fold() == 0 ? self : new PTime(types.time, self.hour(), self.minute(), self.second(),
                    self.microsecond(), self.tzinfo(), 0);
            PTimedelta offset = Offsets.utcoffset(plain.tzinfo(), PNone.NONE, types);
            if (offset == null) {
                return Hashing.hashTuple(new PTuple(types.builtins.tupleType, new Object[]{(long) self.hour(),
                    (long) self.minute(), (long) self.second(), (long) self.microsecond()}));
            }
            long micros = self.microsOfDay() - offset.totalMicrosIfLong();
            return TimedeltaMethods.hash(types.delta(micros), types);
        });
        d.method(type, "__reduce__(self, /)", a -> {
            PTime self = (PTime) a[0];
            return new PTuple(types.builtins.tupleType, new Object[]{self.getPythonClass(),
                new PTuple(types.builtins.tupleType, new Object[]{(long) self.hour(), (long) self.minute(),
                    (long) self.second(), (long) self.microsecond(), self.tzinfo()})});
        });
        for (Comparisons.Op op : Comparisons.Op.values()) {
            d.method(type, op.method + "(self, value, /)", a -> a[1] instanceof PTime other
                    ? compare((PTime) a[0], other, op, types) : PNotImplemented.INSTANCE);
        }
    }

    /** hour, minute, second, microsecond, tzinfo and fold, which datetime has too. */
    static void defineClockGetters(BuiltinDefiner d, PythonClass type) {
        d.getter(type, "hour", self -> (long) ((WallClock) self).hour());
        d.getter(type, "minute", self -> (long) ((WallClock) self).minute());
        d.getter(type, "second", self -> (long) ((WallClock) self).second());
        d.getter(type, "microsecond", self -> (long) ((WallClock) self).microsecond());
        d.getter(type, "tzinfo", self -> ((WallClock) self).tzinfo());
        d.getter(type, "fold", self -> (long) ((WallClock) self).fold());
    }

    /**
     * Ends a repr with {@code tzinfo=...} and {@code fold=1} when they apply: a time names its
     * tzinfo first, a datetime its fold first, as CPython's reprs do.
     */
    static String finishRepr(StringBuilder out, WallClock self, boolean foldFirst) {
        if (foldFirst && self.fold() != 0) {
            out.append(", fold=1");
        }
        if (self.tzinfo() != PNone.NONE) {
            out.append(", tzinfo=").append(Reprs.repr(self.tzinfo()));
        }
        if (!foldFirst && self.fold() != 0) {
            out.append(", fold=1");
        }
        return out.append(')').toString();
    }

    /** Times compare as they are when they share a tzinfo or an offset, else after subtracting their offsets. */
    private static Object compare(PTime self, PTime other, Comparisons.Op op, DatetimeTypes types) {
        if (self.tzinfo() == other.tzinfo()) {
            return op.test(Long.compare(self.microsOfDay(), other.microsOfDay()));
        }
        PTimedelta offset1 = Offsets.utcoffset(self.tzinfo(), PNone.NONE, types);
        PTimedelta offset2 = Offsets.utcoffset(other.tzinfo(), PNone.NONE, types);
        if (offset1 == null && offset2 == null) {
            return op.test(Long.compare(self.microsOfDay(), other.microsOfDay()));
        }
        if (offset1 == null || offset2 == null) {
            if (op == Comparisons.Op.EQ || op == Comparisons.Op.NE) {
                return op == Comparisons.Op.NE;
            }
            throw PythonErrors.typeError("can't compare offset-naive and offset-aware times");
        }
        long left = self.microsOfDay() - offset1.totalMicrosIfLong();
        long right = other.microsOfDay() - offset2.totalMicrosIfLong();
        return op.test(Long.compare(left, right));
    }

    static Object orNone(PTimedelta offset) {
        return offset == null ? PNone.NONE : offset;
    }
}
