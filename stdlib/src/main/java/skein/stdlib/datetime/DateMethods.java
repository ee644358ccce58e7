package skein.stdlib.datetime;

import skein.interpreter.builtins.BuiltinDefiner;
import skein.interpreter.objects.PNotImplemented;
import skein.interpreter.objects.PTuple;
import skein.interpreter.objects.PythonClass;
import skein.interpreter.runtime.Calls;
import skein.interpreter.runtime.Comparisons;
import skein.interpreter.runtime.Hashing;
import skein.interpreter.runtime.Reprs;
import skein.interpreter.runtime.TypeOf;
import skein.interpreter.runtime.exception.PythonErrors;
import skein.stdlib.time.BrokenDownTime;
import skein.stdlib.time.CivilCalendar;
import skein.stdlib.time.CivilDate;
import skein.stdlib.time.IsoWeekDate;

/** {@code datetime.date}, and the date part that {@code datetime} inherits. */
final class DateMethods {

    private DateMethods() {
    }

    static void define(BuiltinDefiner d, DatetimeTypes types) {
        PythonClass type = types.date;
        d.staticMethod(type, "__new__(cls, year=?, month=?, day=?)", a -> {
            DatetimeArguments.requireDate(a);
            int year = DatetimeArguments.cInt(a[1]);
            int month = DatetimeArguments.cInt(a[2]);
            int day = DatetimeArguments.cInt(a[3]);
            CivilCalendar.checkDate(year, month, day);
            return new PDate((PythonClass) a[0], year, month, day);
        });
        d.getter(type, "year", self -> (long) ((PDate) self).year());
        d.getter(type, "month", self -> (long) ((PDate) self).month());
        d.getter(type, "day", self -> (long) ((PDate) self).day());

        d.classMethod(type, "today(cls, /)", a -> Calls.callMethod(a[0], "fromtimestamp", Timestamps.nowAsFloat()));
        d.classMethod(type, "fromtimestamp(cls, timestamp, /)", a -> {
            BrokenDownTime local = Timestamps.local(Timestamps.flooredSeconds(a[1]));
            CivilCalendar.checkDate(local.year(), local.month(), local.day());
            return types.newDate((PythonClass) a[0], local.year(), local.month(), local.day());
        });
        d.classMethod(type, "fromordinal(cls, ordinal, /)", a -> {
            CivilDate date = CivilCalendar.checkedFromOrdinal(DatetimeArguments.cInt(a[1]));
            return types.newDate((PythonClass) a[0], (int) date.year(), date.month(), date.day());
        });
        d.classMethod(type, "fromisoformat(cls, date_string, /)", a -> {
            String text = isoArgument(a[1]);
            int[] fields = IsoParser.date(text);
            if (fields == null) {
                throw invalidIsoFormat(text);
            }
            CivilCalendar.checkDate(fields[0], fields[1], fields[2]);
            return types.newDate((PythonClass) a[0], fields[0], fields[1], fields[2]);
        });
        d.classMethod(type, "fromisocalendar(cls, year, week, day)", a -> {
            CivilDate date = CivilCalendar.fromIsoCalendar(DatetimeArguments.cInt(a[1]), DatetimeArguments.cInt(a[2]),
                    DatetimeArguments.cInt(a[3]));
            return types.newDate((PythonClass) a[0], (int) date.year(), date.month(), date.day());
        });

        d.method(type, "replace(self, year=?, month=?, day=?)", a -> {
            PDate self = (PDate) a[0];
            int year = DatetimeArguments.cInt(a[1], self.year());
            int month = DatetimeArguments.cInt(a[2], self.month());
            int day = DatetimeArguments.cInt(a[3], self.day());
            CivilCalendar.checkDate(year, month, day);
            return new PDate(self.getPythonClass(), year, month, day);
        });
        d.method(type, "timetuple(self, /)", a -> {
            PDate self = (PDate) a[0];
            return types.structTime(self.year(), self.month(), self.day(), 0, 0, 0, -1);
        });
        d.method(type, "toordinal(self, /)", a -> ((PDate) a[0]).toOrdinal());
        d.method(type, "weekday(self, /)", a -> (long) ((PDate) a[0]).weekday());
        d.method(type, "isoweekday(self, /)", a -> (long) ((PDate) a[0]).weekday() + 1);
        d.method(type, "isocalendar(self, /)", a -> {
            PDate self = (PDate) a[0];
            IsoWeekDate iso = CivilCalendar.isoCalendar(self.year(), self.month(), self.day());
            return new PTuple(types.isoCalendarDate, new Object[]{iso.year(), (long) iso.week(), (long) iso.weekday()});
        });
        d.method(type, "isoformat(self, /)", a -> DatetimeText.isoDate((PDate) a[0]));
        d.method(type, "__str__(self, /)", a -> Calls.callMethod(a[0], "isoformat"));
        d.method(type, "ctime(self, /)", a -> DatetimeText.ctime((PDate) a[0], 0, 0, 0));
        d.method(type, "strftime(self, format)", a -> {
            PDate self = (PDate) a[0];
            String format = DatetimeArguments.string(a[1], "strftime", 1);
            return DatetimeText.strftime(format, self.year(), self.month(), self.day(), null, null, null, null);
        });
        d.method(type, "__format__(self, fmt, /)", a -> format(a[0], a[1]));
        d.method(type, "__repr__(self, /)", a -> {
            PDate self = (PDate) a[0];
            return DatetimeTypes.typeName(self) + "(" + self.year() + ", " + self.month() + ", " + self.day() + ")";
        });
        d.method(type, "__hash__(self, /)", a -> {
            PDate self = (PDate) a[0];
            return Hashing.hashTuple(new PTuple(types.builtins.tupleType,
                    new Object[]{(long) self.year(), (long) self.month(), (long) self.day()}));
        });
        d.method(type, "__reduce__(self, /)", a -> {
            PDate self = (PDate) a[0];
            return new PTuple(types.builtins.tupleType, new Object[]{self.getPythonClass(),
                new PTuple(types.builtins.tupleType, new Object[]{(long) self.year(), (long) self.month(),
                    (long) self.day()})});
        });
        for (Comparisons.Op op : Comparisons.Op.values()) {
            d.method(type, op.method + "(self, value, /)", a -> a[1] instanceof PDate other
                    ? (Object) op.test(((PDate) a[0]).compareDate(other)) : PNotImplemented.INSTANCE);
        }
        d.method(type, "__add__(self, value, /)", a -> add((PDate) a[0], a[1], 1, types));
        d.method(type, "__radd__(self, value, /)", a -> add((PDate) a[0], a[1], 1, types));
        d.method(type, "__sub__(self, value, /)", a -> {
            PDate self = (PDate) a[0];
            if (a[1] instanceof PDateTime || self instanceof PDateTime) {
                return PNotImplemented.INSTANCE;
            }
            if (a[1] instanceof PDate other) {
                return types.delta((self.toOrdinal() - other.toOrdinal()) * PTimedelta.MICROS_PER_DAY);
            }
            return add(self, a[1], -1, types);
        });
        defineIsoCalendarDate(d, types);
    }

    /** date ± timedelta: whole days only, the result of the date's own class. */
    private static Object add(PDate self, Object value, int sign, DatetimeTypes types) {
        if (!(value instanceof PTimedelta delta) || self instanceof PDateTime) {
            return PNotImplemented.INSTANCE;
        }
        long ordinal = self.toOrdinal() + sign * delta.days();
        if (ordinal < 1 || ordinal > CivilCalendar.toOrdinal(9999, 12, 31)) {
            throw PythonErrors.overflowError("date value out of range");
        }
        CivilDate date = CivilCalendar.fromOrdinal(ordinal);
        return types.newDate(self.getPythonClass(), (int) date.year(), date.month(), date.day());
    }

    /** {@code __format__}: {@code str(self)} for an empty spec, else {@code self.strftime(spec)}. */
    static Object format(Object self, Object spec) {
        if (!(spec instanceof String text)) {
            throw PythonErrors.typeError("__format__() argument 1 must be str, not " + TypeOf.name(spec));
        }
        if (text.isEmpty()) {
            return Reprs.str(self);
        }
        return Calls.callMethod(self, "strftime", text);
    }

    static String isoArgument(Object value) {
        if (!(value instanceof String text)) {
            throw PythonErrors.typeError("fromisoformat: argument must be str");
        }
        return text;
    }

    static RuntimeException invalidIsoFormat(String text) {
        return PythonErrors.valueError("Invalid isoformat string: " + Reprs.repr(text));
    }

    /** {@code datetime.IsoCalendarDate}: the tuple {@code isocalendar()} returns, with named fields. */
    private static void defineIsoCalendarDate(BuiltinDefiner d, DatetimeTypes types) {
        PythonClass type = types.isoCalendarDate;
        String[] names = {"year", "week", "weekday"};
        for (int i = 0; i < names.length; i++) {
            int index = i;
            d.getter(type, names[i], self -> ((PTuple) self).get(index));
        }
        d.method(type, "__repr__(self, /)", a -> {
            PTuple self = (PTuple) a[0];
            return DatetimeTypes.typeName(self) + "(year=" + Reprs.repr(self.get(0)) + ", week="
                    + Reprs.repr(self.get(1)) + ", weekday=" + Reprs.repr(self.get(2)) + ")";
        });
        d.method(type, "__reduce__(self, /)", a -> new PTuple(types.builtins.tupleType, new Object[]{
            types.builtins.tupleType, new PTuple(types.builtins.tupleType, ((PTuple) a[0]).items())}));
    }
}
