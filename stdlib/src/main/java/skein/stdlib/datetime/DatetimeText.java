package skein.stdlib.datetime;

import java.time.Duration;

import skein.interpreter.objects.PNone;
import skein.interpreter.runtime.Reprs;
import skein.interpreter.runtime.exception.PythonErrors;
import skein.stdlib.time.BrokenDownTime;
import skein.stdlib.time.CivilCalendar;
import skein.stdlib.time.LocalZone;
import skein.stdlib.time.Strftime;

/** The text forms of dates and times: ISO 8601, {@code ctime()} and {@code strftime}. */
final class DatetimeText {

    private static final String[] DAYS = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    private static final String[] MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
        "Nov", "Dec"};

    private DatetimeText() {
    }

    static String isoDate(PDate date) {
        return String.format("%04d-%02d-%02d", date.year(), date.month(), date.day());
    }

    /** The time of day to the precision {@code timespec} asks for ('auto' shows microseconds only when set). */
    static String isoTime(WallClock t, String timespec) {
        String spec = timespec.equals("auto") ? (t.microsecond() != 0 ? "microseconds" : "seconds") : timespec;
        return switch (spec) {
            case "hours" -> String.format("%02d", t.hour());
            case "minutes" -> String.format("%02d:%02d", t.hour(), t.minute());
            case "seconds" -> String.format("%02d:%02d:%02d", t.hour(), t.minute(), t.second());
            case "milliseconds" -> String.format("%02d:%02d:%02d.%03d", t.hour(), t.minute(), t.second(),
                    t.microsecond() / 1000);
            case "microseconds" -> String.format("%02d:%02d:%02d.%06d", t.hour(), t.minute(), t.second(),
                    t.microsecond());
            default -> throw PythonErrors.valueError("Unknown timespec value");
        };
    }

    /** {@code ctime()}: {@code "Sun Jan  5 03:04:05 2020"}. */
    static String ctime(PDate date, int hour, int minute, int second) {
        return String.format("%s %s %2d %02d:%02d:%02d %04d", DAYS[date.weekday()], MONTHS[date.month() - 1],
                date.day(), hour, minute, second, date.year());
    }

    /**
     * {@code strftime} of the given fields. {@code offset} and {@code zoneName} are
     * {@code utcoffset()} and {@code tzname()} (null or None when absent); {@code dst} is
     * {@code dst()}, which sets the tuple's DST flag.
     */
    static String strftime(String format, int year, int month, int day, WallClock clock, PTimedelta offset,
                           Object zoneName, PTimedelta dst) {
        int isdst = dst == null ? -1 : dst.isZero() ? 0 : 1;
        long days = CivilCalendar.daysFromCivil(year, month, day);
        Duration utcOffset = offset == null ? null : Duration.ofNanos(offset.totalMicrosIfLong() * 1000);
        String name = zoneName == null || zoneName == PNone.NONE ? null : Reprs.str(zoneName);
        BrokenDownTime fields = new BrokenDownTime(year, month, day, clock == null ? 0 : clock.hour(),
                clock == null ? 0 : clock.minute(), clock == null ? 0 : clock.second(), CivilCalendar.weekday(days),
                CivilCalendar.yearday(year, month, day), isdst, clock == null ? 0 : clock.microsecond(), utcOffset, name);
        return Strftime.datetimeStrftime(format, fields, LocalZone.current());
    }
}
