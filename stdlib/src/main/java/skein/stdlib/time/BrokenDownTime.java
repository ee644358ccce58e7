package skein.stdlib.time;

import java.time.Duration;

/**
 * A broken-down time in Python's conventions, the fields of {@code time.struct_time} plus
 * what {@code datetime.strftime} adds: month 1-12, weekday 0 (Monday) to 6, yearday 1-366,
 * isdst 1, 0 or -1 (unknown).
 *
 * <p>{@code utcOffset} is {@code tm_gmtoff} (null when unknown, which C reads as 0) or, for a
 * datetime, {@code utcoffset()} (null when naive). {@code zoneName} is {@code tm_zone} or
 * {@code tzname()}, null when absent. Fields are not validated here: {@code time.strftime}
 * accepts some out-of-range values and {@code mktime} normalizes them.
 */
public record BrokenDownTime(int year, int month, int day, int hour, int minute, int second,
        int weekday, int yearday, int isdst, int microsecond, Duration utcOffset, String zoneName) {

    /** The nine fields of a plain {@code struct_time} tuple, with no zone information. */
    public static BrokenDownTime of(int year, int month, int day, int hour, int minute, int second,
            int weekday, int yearday, int isdst) {
        return new BrokenDownTime(year, month, day, hour, minute, second, weekday, yearday, isdst, 0, null, null);
    }

    /** This time with another zone name and UTC offset. */
    public BrokenDownTime withZone(Duration offset, String name) {
        return new BrokenDownTime(year, month, day, hour, minute, second, weekday, yearday, isdst,
                microsecond, offset, name);
    }

    /** {@code tm_gmtoff} as C sees it: whole seconds, 0 when unknown. */
    long gmtoffSeconds() {
        return utcOffset == null ? 0 : utcOffset.getSeconds();
    }
}
