package skein.stdlib.time;

/**
 * A date in the ISO 8601 week calendar, as {@code date.isocalendar()} gives it: the ISO year
 * (whose first week holds its first Thursday), the week 1-53 and the weekday 1 (Monday) to 7.
 */
public record IsoWeekDate(long year, int week, int weekday) {
}
