package skein.stdlib.datetime;

import java.math.BigInteger;

import skein.interpreter.objects.PNone;
import skein.interpreter.objects.PTuple;
import skein.interpreter.objects.PythonClass;
import skein.interpreter.runtime.BuiltinTypes;
import skein.interpreter.runtime.Calls;
import skein.interpreter.runtime.TypeOf;
import skein.stdlib.time.CivilCalendar;

/**
 * The classes of the datetime module (one set per language, shared by every context) and the
 * ways its results are made: exact types directly, subclasses through a call of the class,
 * as CPython makes them, so that a subclass's {@code __new__} and {@code __init__} run.
 */
final class DatetimeTypes {

    final BuiltinTypes builtins;
    final PythonClass timedelta;
    final PythonClass date;
    final PythonClass datetime;
    final PythonClass time;
    final PythonClass tzinfo;
    final PythonClass timezone;
    final PythonClass isoCalendarDate;
    /** {@code timezone.utc}. */
    final PTimezone utc;

    DatetimeTypes(BuiltinTypes builtins, PythonClass timedelta, PythonClass date, PythonClass datetime,
                  PythonClass time, PythonClass tzinfo, PythonClass timezone, PythonClass isoCalendarDate) {
        this.builtins = builtins;
        this.timedelta = timedelta;
        this.date = date;
        this.datetime = datetime;
        this.time = time;
        this.tzinfo = tzinfo;
        this.timezone = timezone;
        this.isoCalendarDate = isoCalendarDate;
        this.utc = new PTimezone(timezone, new PTimedelta(timedelta, 0, 0, 0), null);
    }

    PTimedelta delta(long micros) {
        return PTimedelta.of(timedelta, micros);
    }

    PTimedelta delta(BigInteger micros) {
        return PTimedelta.of(timedelta, micros);
    }

    /** A date of class {@code cls} from checked fields. */
    Object newDate(PythonClass cls, int year, int month, int day) {
        if (cls == date) {
            return new PDate(cls, year, month, day);
        }
        return Calls.call(cls, (long) year, (long) month, (long) day);
    }

    /** A datetime of class {@code cls}; a subclass is called with {@code fold=1} only when it is set. */
    Object newDateTime(PythonClass cls, int year, int month, int day, int hour, int minute, int second,
                       int microsecond, Object tz, int fold) {
        if (cls == datetime) {
            return new PDateTime(cls, year, month, day, hour, minute, second, microsecond, tz, fold);
        }
        Object[] args = {(long) year, (long) month, (long) day, (long) hour, (long) minute, (long) second,
            (long) microsecond, tz};
        if (fold != 0) {
            return Calls.callWithKeywords(cls, args, new String[]{"fold"}, new Object[]{(long) fold});
        }
        return Calls.call(cls, args);
    }

    /** The datetime {@code micros} microseconds after 0001-01-01T00:00, OverflowError outside datetime's range. */
    Object dateTimeFromMicros(PythonClass cls, long micros, Object tz, int fold) {
        int[] f = Fields.fromMicros(micros);
        return newDateTime(cls, f[0], f[1], f[2], f[3], f[4], f[5], f[6], tz, fold);
    }

    Object newTime(PythonClass cls, int hour, int minute, int second, int microsecond, Object tz, int fold) {
        if (cls == time) {
            return new PTime(cls, hour, minute, second, microsecond, tz, fold);
        }
        Object[] args = {(long) hour, (long) minute, (long) second, (long) microsecond, tz};
        if (fold != 0) {
            return Calls.callWithKeywords(cls, args, new String[]{"fold"}, new Object[]{(long) fold});
        }
        return Calls.call(cls, args);
    }

    PythonClass structTime() {
        return builtins.other("time.struct_time");
    }

    /** A {@code time.struct_time} without zone information, as {@code timetuple()} makes it. */
    PTuple structTime(int year, int month, int day, int hour, int minute, int second, int isdst) {
        long days = CivilCalendar.daysFromCivil(year, month, day);
        Object[] items = {(long) year, (long) month, (long) day, (long) hour, (long) minute, (long) second,
            (long) CivilCalendar.weekday(days),
            (long) CivilCalendar.yearday(year, month, day), (long) isdst};
        PTuple result = new PTuple(structTime(), items);
        result.getOrCreateDict().setItem("tm_zone", PNone.NONE);
        result.getOrCreateDict().setItem("tm_gmtoff", PNone.NONE);
        return result;
    }

    /** A class's name as CPython's reprs and messages show it: {@code datetime.date}, {@code int}, or a subclass's bare name. */
    static String typeName(Object obj) {
        PythonClass cls = TypeOf.get(obj);
        Object module = cls.getNamespace().getItem("__module__");
        return module instanceof String m && !m.equals("builtins") && cls.isBuiltin() ? m + "." + cls.getName()
                : cls.getName();
    }
}
