package skein.stdlib.time;

import skein.interpreter.runtime.exception.PythonErrors;

/**
 * Day arithmetic in the proleptic Gregorian calendar that {@code time} and {@code datetime}
 * use: days since the Unix epoch, weekdays, days of the year, ISO weeks and datetime's
 * ordinals. Years may be negative (year 0 is 1 BC); results are exact for every day a
 * {@code long} can count.
 */
public final class CivilCalendar {

    /** Days from 0000-03-01 (the start of a 400-year era) to 1970-01-01. */
    private static final long EPOCH_FROM_ERA_START = 719468;
    private static final long DAYS_PER_ERA = 146097;
    /** {@code date(1, 1, 1).toordinal()} is 1; the epoch's ordinal is this. */
    private static final long EPOCH_ORDINAL = 719163;
    private static final int MIN_YEAR = 1;
    private static final int MAX_YEAR = 9999;

    private CivilCalendar() {
    }

    public static boolean isLeap(long year) {
        return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    }

    public static int daysInMonth(long year, int month) {
        return switch (month) {
            case 2 -> isLeap(year) ? 29 : 28;
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
    }

    /**
     * Days from 1970-01-01 to the given date. The month must be 1-12; the day may be out of
     * its month's range and simply counts on (day 0 is the last day of the month before).
     */
    public static long daysFromCivil(long year, int month, long day) {
        // Count in eras of 400 years that start on March 1, so the leap day ends each year.
        long y = month <= 2 ? year - 1 : year;
        long era = Math.floorDiv(y, 400);
        long yearOfEra = y - era * 400;
        int monthFromMarch = (month + 9) % 12;
        long dayOfYear = (153 * monthFromMarch + 2) / 5 + day - 1;
        long dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
        return era * DAYS_PER_ERA + dayOfEra - EPOCH_FROM_ERA_START;
    }

    /** The date {@code days} days after 1970-01-01. */
    public static CivilDate civilFromDays(long days) {
        long z = days + EPOCH_FROM_ERA_START;
        long era = Math.floorDiv(z, DAYS_PER_ERA);
        long dayOfEra = z - era * DAYS_PER_ERA;
        long yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
        long dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
        long monthFromMarch = (5 * dayOfYear + 2) / 153;
        int day = (int) (dayOfYear - (153 * monthFromMarch + 2) / 5 + 1);
        int month = (int) (monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9);
        return new CivilDate(yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day);
    }

    /** Python's weekday of the day {@code days} after the epoch: Monday is 0 (the epoch was a Thursday). */
    public static int weekday(long days) {
        return (int) Math.floorMod(days + 3, 7);
    }

    public static int weekday(long year, int month, int day) {
        return weekday(daysFromCivil(year, month, day));
    }

    /** The day of the year, 1 for January 1st. */
    public static int yearday(long year, int month, int day) {
        return (int) (daysFromCivil(year, month, day) - daysFromCivil(year, 1, 1)) + 1;
    }

    /** {@code date.isocalendar()}: the ISO year is the year of the Thursday in the same week. */
    public static IsoWeekDate isoCalendar(long year, int month, int day) {
        long days = daysFromCivil(year, month, day);
        int weekday = weekday(days);
        CivilDate thursday = civilFromDays(days + 3 - weekday);
        int week = (yearday(thursday.year(), thursday.month(), thursday.day()) - 1) / 7 + 1;
        return new IsoWeekDate(thursday.year(), week, weekday + 1);
    }

    /** {@code date.fromisocalendar(year, week, day)} with datetime's range checks and messages. */
    public static CivilDate fromIsoCalendar(long year, long week, long day) {
        if (year < MIN_YEAR || year > MAX_YEAR) {
            throw PythonErrors.valueError("Year is out of range: " + year);
        }
        if (week <= 0 || week >= 53) {
            // Week 53 exists in years that start on a Thursday, or on a Wednesday in leap years.
            int firstWeekday = weekday(year, 1, 1);
            boolean hasWeek53 = firstWeekday == 3 || (firstWeekday == 2 && isLeap(year));
            if (week != 53 || !hasWeek53) {
                throw PythonErrors.valueError("Invalid week: " + week);
            }
        }
        if (day <= 0 || day >= 8) {
            throw PythonErrors.valueError("Invalid day: " + day + " (range is [1, 7])");
        }
        long january4 = daysFromCivil(year, 1, 4);
        long firstMonday = january4 - weekday(january4);
        CivilDate date = civilFromDays(firstMonday + (week - 1) * 7 + (day - 1));
        if (date.year() < MIN_YEAR || date.year() > MAX_YEAR) {
            throw PythonErrors.valueError("year " + date.year() + " is out of range");
        }
        return date;
    }

    /** {@code date.toordinal()}: 0001-01-01 is day 1. */
    public static long toOrdinal(long year, int month, int day) {
        return daysFromCivil(year, month, day) + EPOCH_ORDINAL;
    }

    /** datetime's check of a date's fields, with its messages: year 1-9999, month 1-12, a day of that month. */
    public static void checkDate(long year, long month, long day) {
        if (year < MIN_YEAR || year > MAX_YEAR) {
            throw PythonErrors.valueError("year " + year + " is out of range");
        }
        if (month < 1 || month > 12) {
            throw PythonErrors.valueError("month must be in 1..12");
        }
        if (day < 1 || day > daysInMonth(year, (int) month)) {
            throw PythonErrors.valueError("day is out of range for month");
        }
    }

    /** {@code date.fromordinal(n)}: the date of a datetime ordinal, with datetime's range checks. */
    public static CivilDate checkedFromOrdinal(long ordinal) {
        if (ordinal < 1) {
            throw PythonErrors.valueError("ordinal must be >= 1");
        }
        CivilDate date = fromOrdinal(ordinal);
        if (date.year() > MAX_YEAR) {
            throw PythonErrors.valueError("year " + date.year() + " is out of range");
        }
        return date;
    }

    /** The date of a datetime ordinal, without datetime's year range check. */
    public static CivilDate fromOrdinal(long ordinal) {
        return civilFromDays(ordinal - EPOCH_ORDINAL);
    }
}
