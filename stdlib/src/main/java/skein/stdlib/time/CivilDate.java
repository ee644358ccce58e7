package skein.stdlib.time;

/** A day of the proleptic Gregorian calendar: month 1-12, day 1-31, any year (0 is 1 BC). */
public record CivilDate(long year, int month, int day) {
}
