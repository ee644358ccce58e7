package skein.stdlib.time;

/**
 * What {@code strptime} read from a string: the eleven fields of a {@code struct_time} (month
 * 1-12, weekday 0 for Monday, yearday 1-366, isdst -1 when unknown, the zone name as written
 * or null, the UTC offset in seconds or null), and the microseconds of {@code %f} and of the
 * offset, which only datetime keeps.
 */
public record StrptimeResult(int year, int month, int day, int hour, int minute, int second, int weekday,
        int yearday, int isdst, String zoneName, Integer gmtoff, int fraction, int gmtoffFraction) {
}
