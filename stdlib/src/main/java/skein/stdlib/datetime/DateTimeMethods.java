package skein.stdlib.datetime;

import java.math.BigInteger;

import skein.interpreter.SkeinContext;
import skein.interpreter.builtins.BuiltinDefiner;
import skein.interpreter.objects.Missing;
import skein.interpreter.objects.PModule;
import skein.interpreter.objects.PNone;
import skein.interpreter.objects.PNotImplemented;
import skein.interpreter.objects.PTuple;
import skein.interpreter.objects.PythonClass;
import skein.interpreter.runtime.Calls;
import skein.interpreter.runtime.Comparisons;
import skein.interpreter.runtime.IntOps;
import skein.interpreter.runtime.TypeOf;
import skein.interpreter.runtime.exception.PythonErrors;
import skein.stdlib.time.BrokenDownTime;
import skein.stdlib.time.CivilCalendar;
import skein.stdlib.time.Strptime;
import skein.stdlib.time.StrptimeResult;
import skein.stdlib.time.TimeModule;

/** {@code datetime.datetime}: a date and a time of day, naive or aware. */
final class DateTimeMethods {

    private DateTimeMethods() {
    }

    static void define(BuiltinDefiner d, DatetimeTypes types) {
        PythonClass type = types.datetime;
        d.staticMethod(type, "__new__(cls, year=?, month=?, day=?, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, "
                + "*, fold=0)", a -> {
            DatetimeArguments.requireDate(a);
            int year = DatetimeArguments.cInt(a[1]);
            int month = DatetimeArguments.cInt(a[2]);
            int day = DatetimeArguments.cInt(a[3]);
            int hour = DatetimeArguments.cInt(a[4]);
            int minute = DatetimeArguments.cInt(a[5]);
            int second = DatetimeArguments.cInt(a[6]);
            int microsecond = DatetimeArguments.cInt(a[7]);
            int fold = DatetimeArguments.cInt(a[9]);
            CivilCalendar.checkDate(year, month, day);
            DatetimeArguments.checkTime(hour, minute, second, microsecond, fold);
            Object tz = DatetimeArguments.tzinfo(a[8], types);
            return new PDateTime((PythonClass) a[0], year, month, day, hour, minute, second, microsecond, tz, fold);
        });
        TimeMethods.defineClockGetters(d, type);
        defineConstructors(d, types);
        defineConversions(d, types);
        defineText(d, types);
        defineArithmetic(d, types);
    }

    private static void defineConstructors(BuiltinDefiner d, DatetimeTypes types) {
        PythonClass type = types.datetime;
        d.classMethod(type, "now(cls, tz=None)", a -> {
            long[] now = Timestamps.now();
            return fromTimestamp((PythonClass) a[0], now[0], now[1], DatetimeArguments.tzinfo(a[1], types), types);
        });
        d.classMethod(type, "utcnow(cls, /)", a -> {
            long[] now = Timestamps.now();
            return fromUtcSeconds((PythonClass) a[0], now[0], now[1], PNone.NONE, types);
        });
        d.classMethod(type, "fromtimestamp(cls, timestamp, tz=None)", a -> {
            Object tz = DatetimeArguments.tzinfo(a[2], types);
            long[] t = Timestamps.secondsAndMicros(a[1]);
            return fromTimestamp((PythonClass) a[0], t[0], t[1], tz, types);
        });
        d.classMethod(type, "utcfromtimestamp(cls, timestamp, /)", a -> {
            long[] t = Timestamps.secondsAndMicros(a[1]);
            return fromUtcSeconds((PythonClass) a[0], t[0], t[1], PNone.NONE, types);
        });
        d.classMethod(type, "combine(cls, date, time, tzinfo=?)", a -> {
            if (!(a[1] instanceof PDate date)) {
                throw PythonErrors.typeError("combine() argument 1 must be datetime.date, not " + TypeOf.name(a[1]));
            }
            if (!(a[2] instanceof PTime time)) {
                throw PythonErrors.typeError("combine() argument 2 must be datetime.time, not " + TypeOf.name(a[2]));
            }
            Object tz = a[3] == Missing.INSTANCE ? time.tzinfo() : DatetimeArguments.tzinfo(a[3], types);
            return types.newDateTime((PythonClass) a[0], date.year(), date.month(), date.day(), time.hour(),
                    time.minute(), time.second(), time.microsecond(), tz, time.fold());
        });
        d.classMethod(type, "fromisoformat(cls, date_string, /)", a -> {
            String text = DateMethods.isoArgument(a[1]);
            IsoParser.ParsedDateTime parsed = IsoParser.dateTime(text);
            if (parsed == null) {
                throw DateMethods.invalidIsoFormat(text);
            }
            IsoParser.ParsedTime t = parsed.time();
            Object tz = TzinfoMethods.fromIsoOffset(t, types);
            CivilCalendar.checkDate(parsed.year(), parsed.month(), parsed.day());
            DatetimeArguments.checkTime(t.hour(), t.minute(), t.second(), t.microsecond(), 0);
            return types.newDateTime((PythonClass) a[0], parsed.year(), parsed.month(), parsed.day(), t.hour(),
                    t.minute(), t.second(), t.microsecond(), tz, 0);
        });
        d.classMethod(type, "strptime(cls, date_string, format, /)", a -> strptime((PythonClass) a[0], a[1], a[2], types));
    }

    private static void defineConversions(BuiltinDefiner d, DatetimeTypes types) {
        PythonClass type = types.datetime;
        d.method(type, "date(self, /)", a -> {
            PDateTime self = (PDateTime) a[0];
            return new PDate(types.date, self.year(), self.month(), self.day());
        });
        d.method(type, "time(self, /)", a -> {
            PDateTime self = (PDateTime) a[0];
            return new PTime(types.time, self.hour(), self.minute(), self.second(), self.microsecond(), PNone.NONE,
                    self.fold());
        });
        d.method(type, "timetz(self, /)", a -> {
            PDateTime self = (PDateTime) a[0];
            return new PTime(types.time, self.hour(), self.minute(), self.second(), self.microsecond(), self.tzinfo(),
                    self.fold());
        });
        d.method(type, "replace(self, year=?, month=?, day=?, hour=?, minute=?, second=?, microsecond=?, tzinfo=?, "
                + "*, fold=?)", a -> {
            PDateTime self = (PDateTime) a[0];
            int year = DatetimeArguments.cInt(a[1], self.year());
            int month = DatetimeArguments.cInt(a[2], self.month());
            int day = DatetimeArguments.cInt(a[3], self.day());
            int hour = DatetimeArguments.cInt(a[4], self.hour());
            int minute = DatetimeArguments.cInt(a[5], self.minute());
            int second = DatetimeArguments.cInt(a[6], self.second());
            int microsecond = DatetimeArguments.cInt(a[7], self.microsecond());
            int fold = DatetimeArguments.cInt(a[9], self.fold());
            CivilCalendar.checkDate(year, month, day);
            DatetimeArguments.checkTime(hour, minute, second, microsecond, fold);
            Object tz = a[8] == Missing.INSTANCE ? self.tzinfo() : DatetimeArguments.tzinfo(a[8], types);
            return new PDateTime(self.getPythonClass(), year, month, day, hour, minute, second, microsecond, tz, fold);
        });
        d.method(type, "utcoffset(self, /)", a -> TimeMethods.orNone(Offsets.utcoffset(((PDateTime) a[0]).tzinfo(), a[0],
                types)));
        d.method(type, "dst(self, /)", a -> TimeMethods.orNone(Offsets.dst(((PDateTime) a[0]).tzinfo(), a[0], types)));
        d.method(type, "tzname(self, /)", a -> Offsets.tzname(((PDateTime) a[0]).tzinfo(), a[0]));
        d.method(type, "timetuple(self, /)", a -> {
            PDateTime self = (PDateTime) a[0];
            PTimedelta dst = Offsets.dst(self.tzinfo(), self, types);
            int isdst = dst == null ? -1 : dst.isZero() ? 0 : 1;
            return types.structTime(self.year(), self.month(), self.day(), self.hour(), self.minute(), self.second(),
                    isdst);
        });
        d.method(type, "utctimetuple(self, /)", a -> {
            PDateTime self = (PDateTime) a[0];
            PTimedelta offset = Offsets.utcoffset(self.tzinfo(), self, types);
            long micros = self.wallMicros() - (offset == null ? 0 : offset.totalMicrosIfLong());
            // The UTC time may fall just outside datetime's range; the tuple still shows it.
            long seconds = Math.floorDiv(micros, PTimedelta.MICROS_PER_SECOND) - Timestamps.EPOCH_SECONDS;
            BrokenDownTime utc = Timestamps.utc(seconds);
            return types.structTime(utc.year(), utc.month(), utc.day(), utc.hour(), utc.minute(), utc.second(), 0);
        });
        d.method(type, "timestamp(self, /)", a -> {
            PDateTime self = (PDateTime) a[0];
            PTimedelta offset = Offsets.utcoffset(self.tzinfo(), self, types);
            if (offset == null) {
                long wallSeconds = self.wallMicros() / PTimedelta.MICROS_PER_SECOND;
                long seconds = Timestamps.fromLocal(wallSeconds, self.fold());
                return seconds + self.microsecond() / 1e6;
            }
            long micros = self.wallMicros() - offset.totalMicrosIfLong()
                    - Timestamps.EPOCH_SECONDS * PTimedelta.MICROS_PER_SECOND;
            return IntOps.trueDivide(micros, PTimedelta.MICROS_PER_SECOND);
        });
        d.method(type, "astimezone(self, tz=None)", a -> astimezone((PDateTime) a[0], a[1], types));
    }

    private static void defineText(BuiltinDefiner d, DatetimeTypes types) {
        PythonClass type = types.datetime;
        d.method(type, "isoformat(self, sep='T', timespec='auto')", a -> {
            PDateTime self = (PDateTime) a[0];
            if (!(a[1] instanceof String sep) || sep.codePointCount(0, sep.length()) != 1) {
                throw PythonErrors.typeError("isoformat() argument 1 must be a unicode character, not "
                        + TypeOf.name(a[1]));
            }
            String text = DatetimeText.isoDate(self) + sep
                    + DatetimeText.isoTime(self, DatetimeArguments.string(a[2], "isoformat", 2));
            PTimedelta offset = Offsets.utcoffset(self.tzinfo(), self, types);
            return offset == null ? text : text + Offsets.format(offset, ":");
        });
        d.method(type, "__str__(self, /)", a -> Calls.callMethod(a[0], "isoformat", " "));
        d.method(type, "ctime(self, /)", a -> {
            PDateTime self = (PDateTime) a[0];
            return DatetimeText.ctime(self, self.hour(), self.minute(), self.second());
        });
        d.method(type, "strftime(self, format)", a -> {
            PDateTime self = (PDateTime) a[0];
            String format = DatetimeArguments.string(a[1], "strftime", 1);
            Object tz = self.tzinfo();
            return DatetimeText.strftime(format, self.year(), self.month(), self.day(), self,
                    Offsets.utcoffset(tz, self, types), Offsets.tzname(tz, self), Offsets.dst(tz, self, types));
        });
        d.method(type, "__repr__(self, /)", a -> {
            PDateTime self = (PDateTime) a[0];
            StringBuilder out = new StringBuilder(DatetimeTypes.typeName(self)).append('(');
            out.append(self.year()).append(", ").append(self.month()).append(", ").append(self.day()).append(", ")
                    .append(self.hour()).append(", ").append(self.minute());
            if (self.second() != 0 || self.microsecond() != 0) {
                out.append(", ").append(self.second());
            }
            if (self.microsecond() != 0) {
                out.append(", ").append(self.microsecond());
            }
            return TimeMethods.finishRepr(out, self, true);
        });
        d.method(type, "__reduce__(self, /)", a -> {
            PDateTime self = (PDateTime) a[0];
            return new PTuple(types.builtins.tupleType, new Object[]{self.getPythonClass(),
                new PTuple(types.builtins.tupleType, new Object[]{(long) self.year(), (long) self.month(),
                    (long) self.day(), (long) self.hour(), (long) self.minute(), (long) self.second(),
                    (long) self.microsecond(), self.tzinfo()})});
        });
    }

    private static void defineArithmetic(BuiltinDefiner d, DatetimeTypes types) {
        PythonClass type = types.datetime;
        d.method(type, "__add__(self, value, /)", a -> a[1] instanceof PTimedelta delta
                ? plus((PDateTime) a[0], delta, types) : PNotImplemented.INSTANCE);
        d.method(type, "__radd__(self, value, /)", a -> a[1] instanceof PTimedelta delta
                ? plus((PDateTime) a[0], delta, types) : PNotImplemented.INSTANCE);
        d.method(type, "__sub__(self, value, /)", a -> {
            PDateTime self = (PDateTime) a[0];
            if (a[1] instanceof PTimedelta delta) {
                return plus(self, types.delta(delta.totalMicros().negate()), types);
            }
            if (a[1] instanceof PDateTime other) {
                return types.delta(difference(self, other, types));
            }
            return PNotImplemented.INSTANCE;
        });
        d.method(type, "__hash__(self, /)", a -> {
            PDateTime self = (PDateTime) a[0];
            PDateTime plain = self.fold() == 0 ? self : withFold(self, 0, types);
            PTimedelta offset = Offsets.utcoffset(plain.tzinfo(), plain, types);
            long micros = self.wallMicros() - (offset == null ? 0 : offset.totalMicrosIfLong());
            return TimedeltaMethods.hash(types.delta(micros), types);
        });
        for (Comparisons.Op op : Comparisons.Op.values()) {
            d.method(type, op.method + "(self, value, /)", a -> compare((PDateTime) a[0], a[1], op, types));
        }
    }

    /** datetime + timedelta, of the datetime's own class, with fold cleared. */
    static Object plus(PDateTime self, PTimedelta delta, DatetimeTypes types) {
        Long deltaMicros = delta.totalMicrosIfLong();
        long micros;
        try {
            micros = Math.addExact(self.wallMicros(), deltaMicros == null ? Long.MAX_VALUE : deltaMicros);
        } catch (ArithmeticException e) {
            throw PythonErrors.overflowError("date value out of range");
        }
        if (deltaMicros == null) {
            throw PythonErrors.overflowError("date value out of range");
        }
        return types.dateTimeFromMicros(self.getPythonClass(), micros, self.tzinfo(), 0);
    }

    /** self - other in microseconds: wall times when they share a tzinfo, UTC times otherwise. */
    private static BigInteger difference(PDateTime self, PDateTime other, DatetimeTypes types) {
        long delta = self.wallMicros() - other.wallMicros();
        if (self.tzinfo() != other.tzinfo()) {
            PTimedelta offset1 = Offsets.utcoffset(self.tzinfo(), self, types);
            PTimedelta offset2 = Offsets.utcoffset(other.tzinfo(), other, types);
            if ((offset1 == null) != (offset2 == null)) {
                throw PythonErrors.typeError("can't subtract offset-naive and offset-aware datetimes");
            }
            if (offset1 != null) {
                delta -= offset1.totalMicrosIfLong() - offset2.totalMicrosIfLong();
            }
        }
        return BigInteger.valueOf(delta);
    }

    private static Object compare(PDateTime self, Object value, Comparisons.Op op, DatetimeTypes types) {
        if (!(value instanceof PDateTime other)) {
            if (value instanceof PDate) {
                // A date compares by its date alone; a datetime must not, so it refuses to order them.
                if (op == Comparisons.Op.EQ || op == Comparisons.Op.NE) {
                    return op == Comparisons.Op.NE;
                }
                throw PythonErrors.typeError("can't compare " + DatetimeTypes.typeName(self) + " to "
                        + DatetimeTypes.typeName(value));
            }
            return PNotImplemented.INSTANCE;
        }
        if (self.tzinfo() == other.tzinfo()) {
            return op.test(self.compareFields(other));
        }
        PTimedelta offset1 = Offsets.utcoffset(self.tzinfo(), self, types);
        PTimedelta offset2 = Offsets.utcoffset(other.tzinfo(), other, types);
        int diff;
        if (offset1 == null && offset2 == null
                || offset1 != null && offset2 != null && offset1.compareTo(offset2) == 0) {
            diff = self.compareFields(other);
        } else if (offset1 != null && offset2 != null) {
            diff = Long.compare(self.wallMicros() - offset1.totalMicrosIfLong(),
                    other.wallMicros() - offset2.totalMicrosIfLong());
        } else {
            if (op == Comparisons.Op.EQ || op == Comparisons.Op.NE) {
                return op == Comparisons.Op.NE;
            }
            throw PythonErrors.typeError("can't compare offset-naive and offset-aware datetimes");
        }
        if (diff == 0 && (op == Comparisons.Op.EQ || op == Comparisons.Op.NE)
                && (foldChangesOffset(self, offset1, types) || foldChangesOffset(other, offset2, types))) {
            // PEP 495: a time whose offset depends on fold is never equal to a time in another zone.
            diff = 1;
        }
        return op.test(diff);
    }

    private static boolean foldChangesOffset(PDateTime dt, PTimedelta offset, DatetimeTypes types) {
        if (dt.tzinfo() == PNone.NONE || dt.tzinfo() instanceof PTimezone) {
            return false;
        }
        PTimedelta flipped = Offsets.utcoffset(dt.tzinfo(), withFold(dt, 1 - dt.fold(), types), types);
        if (offset == null || flipped == null) {
            return offset != flipped;
        }
        return offset.compareTo(flipped) != 0;
    }

    private static PDateTime withFold(PDateTime dt, int fold, DatetimeTypes types) {
        return new PDateTime(dt.getPythonClass(), dt.year(), dt.month(), dt.day(), dt.hour(), dt.minute(), dt.second(),
                dt.microsecond(), dt.tzinfo(), fold);
    }

    /** {@code fromtimestamp}: local wall time when there is no tz, else {@code tz.fromutc} of the UTC time. */
    private static Object fromTimestamp(PythonClass cls, long seconds, long micros, Object tz, DatetimeTypes types) {
        if (tz == PNone.NONE) {
            BrokenDownTime local = Timestamps.local(seconds);
            CivilCalendar.checkDate(local.year(), local.month(), local.day());
            return types.newDateTime(cls, local.year(), local.month(), local.day(), local.hour(), local.minute(),
                    Math.min(59, local.second()), (int) micros, PNone.NONE, Timestamps.localFold(seconds));
        }
        Object utc = fromUtcSeconds(cls, seconds, micros, tz, types);
        return Calls.callMethod(tz, "fromutc", utc);
    }

    private static Object fromUtcSeconds(PythonClass cls, long seconds, long micros, Object tz, DatetimeTypes types) {
        BrokenDownTime utc = Timestamps.utc(seconds);
        CivilCalendar.checkDate(utc.year(), utc.month(), utc.day());
        return types.newDateTime(cls, utc.year(), utc.month(), utc.day(), utc.hour(), utc.minute(), utc.second(),
                (int) micros, tz, 0);
    }

    /** {@code astimezone(tz)}: the same instant in {@code tz} (the local zone for None); naive means local. */
    private static Object astimezone(PDateTime self, Object tzArgument, DatetimeTypes types) {
        Object tz = DatetimeArguments.tzinfo(tzArgument, types);
        if (tz == self.tzinfo() && tz != PNone.NONE) {
            return self;
        }
        PTimedelta offset = Offsets.utcoffset(self.tzinfo(), self, types);
        long utcMicros;
        if (offset == null) {
            long wallSeconds = self.wallMicros() / PTimedelta.MICROS_PER_SECOND;
            long seconds = Timestamps.fromLocal(wallSeconds, self.fold());
            utcMicros = (seconds + Timestamps.EPOCH_SECONDS) * PTimedelta.MICROS_PER_SECOND + self.microsecond();
        } else {
            utcMicros = self.wallMicros() - offset.totalMicrosIfLong();
        }
        if (tz == PNone.NONE) {
            tz = localTimezone(Math.floorDiv(utcMicros, PTimedelta.MICROS_PER_SECOND) - Timestamps.EPOCH_SECONDS, types);
        }
        Object utc = types.dateTimeFromMicros(self.getPythonClass(), utcMicros, tz, 0);
        if (tz instanceof PTimezone zone && zone.getPythonClass() == types.timezone) {
            return plus((PDateTime) utc, zone.offset(), types);
        }
        return Calls.callMethod(tz, "fromutc", utc);
    }

    /** The process's zone at a moment, as the fixed-offset timezone {@code astimezone()} gives. */
    private static PTimezone localTimezone(long seconds, DatetimeTypes types) {
        BrokenDownTime local = Timestamps.local(seconds);
        PTimedelta offset = types.delta(local.utcOffset().getSeconds() * PTimedelta.MICROS_PER_SECOND);
        return TzinfoMethods.create(types.timezone, offset, local.zoneName(), types);
    }

    /** {@code datetime.strptime}: the class called with the fields read, plus a timezone for {@code %z}. */
    private static Object strptime(PythonClass cls, Object string, Object format, DatetimeTypes types) {
        if (!(string instanceof String data)) {
            throw PythonErrors.typeError("strptime() argument 1 must be str, not " + TypeOf.name(string));
        }
        if (!(format instanceof String pattern)) {
            throw PythonErrors.typeError("strptime() argument 2 must be str, not " + TypeOf.name(format));
        }
        PModule time = SkeinContext.get(null).importSystem().importAbsolute("time");
        StrptimeResult r = Strptime.parse(data, pattern, TimeModule.tzname(time), TimeModule.isDaylight(time));
        Object[] args = {(long) r.year(), (long) r.month(), (long) r.day(), (long) r.hour(), (long) r.minute(),
            (long) r.second(), (long) r.fraction()};
        if (r.gmtoff() != null) {
            PTimedelta offset = types.delta(r.gmtoff() * PTimedelta.MICROS_PER_SECOND + r.gmtoffFraction());
            String name = r.zoneName() == null || r.zoneName().isEmpty() ? null : r.zoneName();
            Object tz = TzinfoMethods.create(types.timezone, offset, name, types);
            args = new Object[]{args[0], args[1], args[2], args[3], args[4], args[5], args[6], tz};
        }
        return Calls.call(cls, args);
    }
}
