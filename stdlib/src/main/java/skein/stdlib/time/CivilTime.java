package skein.stdlib.time;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.List;
import java.util.OptionalLong;

import skein.interpreter.runtime.exception.PythonErrors;
import skein.stdlib.os.Errno;
import skein.stdlib.os.OsErrors;

/**
 * Conversions between seconds since the epoch and broken-down time, as {@code time.gmtime},
 * {@code time.localtime} and {@code time.mktime} make them through the C library: UTC by
 * exact calendar arithmetic, local time through {@code java.time}'s rules for the zone the
 * caller names (the process's TZ in CPython; {@link ZoneId#systemDefault()} here).
 */
public final class CivilTime {

    private static final long DAY_SECONDS = 86400;
    /** The instants java.time can place in a zone, with a margin for any offset. */
    private static final long MAX_ZONED_SECOND = LocalDateTime.MAX.toEpochSecond(ZoneOffset.UTC) - 2 * DAY_SECONDS;
    private static final long MIN_ZONED_SECOND = LocalDateTime.MIN.toEpochSecond(ZoneOffset.UTC) + 2 * DAY_SECONDS;
    private static final double TWO_TO_63 = 0x1p63;
    /** glibc's mktime probes this far apart, and this far, for a time with the wanted DST flag. */
    private static final long DST_PROBE_STRIDE = 601200;
    private static final long DST_PROBE_BOUND = 457243209 / 2 + DST_PROBE_STRIDE;

    private CivilTime() {
    }

    /**
     * A float timestamp as a C {@code time_t}, rounded down, with CPython's errors for NaN and
     * for values outside the 64-bit range.
     */
    public static long toTimeT(double seconds) {
        if (Double.isNaN(seconds)) {
            throw PythonErrors.valueError("Invalid value NaN (not a number)");
        }
        double floor = Math.floor(seconds);
        if (!(floor >= -TWO_TO_63 && floor < TWO_TO_63)) {
            throw PythonErrors.overflowError("timestamp out of range for platform time_t");
        }
        return (long) floor;
    }

    /** {@code time.gmtime(t)}: the UTC fields, zone "GMT" as glibc names it. */
    public static BrokenDownTime gmtime(long t) {
        return fields(t, 0, 0, "GMT");
    }

    /** {@code time.localtime(t)} in {@code zone}. */
    public static BrokenDownTime localtime(long t, ZoneId zone) {
        Instant instant = Instant.ofEpochSecond(clampSeconds(t));
        ZoneRules rules = zone.getRules();
        int offset = rules.getOffset(instant).getTotalSeconds();
        long local;
        try {
            local = Math.addExact(t, offset);
        } catch (ArithmeticException e) {
            throw valueTooLarge();
        }
        return fields(local, offset, rules.isDaylightSavings(instant) ? 1 : 0, ZoneNames.abbreviation(zone, instant));
    }

    private static BrokenDownTime fields(long wallSeconds, int offset, int isdst, String zoneName) {
        long days = Math.floorDiv(wallSeconds, DAY_SECONDS);
        int secondOfDay = (int) Math.floorMod(wallSeconds, DAY_SECONDS);
        CivilDate date = CivilCalendar.civilFromDays(days);
        long tmYear = date.year() - 1900;
        if (tmYear < Integer.MIN_VALUE || tmYear > Integer.MAX_VALUE) {
            throw valueTooLarge();
        }
        if (date.year() > Integer.MAX_VALUE) {
            throw PythonErrors.overflowError("signed integer is greater than maximum");
        }
        int year = (int) date.year();
        return new BrokenDownTime(year, date.month(), date.day(), secondOfDay / 3600, secondOfDay / 60 % 60,
                secondOfDay % 60, CivilCalendar.weekday(days),
                CivilCalendar.yearday(year, date.month(), date.day()), isdst, 0, Duration.ofSeconds(offset), zoneName);
    }

    /** glibc fails with EOVERFLOW when the year does not fit {@code tm_year}, and CPython raises that OSError. */
    private static RuntimeException valueTooLarge() {
        return OsErrors.of(Errno.EOVERFLOW);
    }

    /**
     * {@code time.mktime(t)}: the local time's fields (normalized when out of range, so that
     * month 13 is next January and day 0 the month's eve) read in {@code zone}, with glibc's
     * use of the isdst hint. Only year, month, day, hour, minute, second and isdst count.
     */
    public static long mktime(BrokenDownTime tm, ZoneId zone) {
        return tryMktime(tm, zone).orElseThrow(() -> PythonErrors.overflowError("mktime argument out of range"));
    }

    /** {@link #mktime}, or empty where C's mktime fails (the local year does not fit {@code tm_year}). */
    static OptionalLong tryMktime(BrokenDownTime tm, ZoneId zone) {
        long local = wallSeconds(tm);
        ZoneRules rules = zone.getRules();
        LocalDateTime wall = LocalDateTime.ofEpochSecond(clampSeconds(local), 0, ZoneOffset.UTC);
        List<ZoneOffset> offsets = rules.getValidOffsets(wall);
        long t;
        if (offsets.isEmpty()) {
            t = inGap(rules, local, rules.getTransition(wall), tm.isdst());
        } else {
            // In a fall-back overlap take the earlier reading unless the DST flag asks for the
            // later one. (Without a flag glibc's pick depends on the offset its last call found.)
            t = local - offsets.get(0).getTotalSeconds();
            if (offsets.size() == 2 && tm.isdst() >= 0 && isDst(rules, t) != (tm.isdst() > 0)) {
                t = local - offsets.get(1).getTotalSeconds();
            }
            if (tm.isdst() >= 0 && isDst(rules, t) != (tm.isdst() > 0)) {
                t = borrowOffset(rules, local, t, tm.isdst());
            }
        }
        long resultDays = Math.floorDiv(t + rules.getOffset(Instant.ofEpochSecond(clampSeconds(t))).getTotalSeconds(),
                DAY_SECONDS);
        long tmYear = CivilCalendar.civilFromDays(resultDays).year() - 1900;
        if (tmYear < Integer.MIN_VALUE || tmYear > Integer.MAX_VALUE) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(t);
    }

    /**
     * A wall time inside a spring-forward gap: glibc answers with the time the gap's length
     * away, preferring the side whose DST flag differs from the one asked for (or, with no
     * flag asked for, the daylight-saving side).
     */
    private static long inGap(ZoneRules rules, long local, ZoneOffsetTransition gap, int isdst) {
        long afterGap = local - gap.getOffsetBefore().getTotalSeconds();
        long beforeGap = local - gap.getOffsetAfter().getTotalSeconds();
        boolean afterIsDst = isDst(rules, afterGap);
        boolean beforeIsDst = isDst(rules, beforeGap);
        if (isdst < 0) {
            return beforeIsDst && !afterIsDst ? beforeGap : afterGap;
        }
        boolean wanted = isdst > 0;
        return afterIsDst != wanted || beforeIsDst == wanted ? afterGap : beforeGap;
    }

    /**
     * The wall time exists but with the other DST flag than asked: like glibc, look up to
     * about seven years either way for a time with the wanted flag and use its UTC offset;
     * failing that, shift by an hour.
     */
    private static long borrowOffset(ZoneRules rules, long local, long t, int isdst) {
        boolean wanted = isdst > 0;
        for (long delta = DST_PROBE_STRIDE; delta < DST_PROBE_BOUND; delta += DST_PROBE_STRIDE) {
            for (int direction = -1; direction <= 1; direction += 2) {
                long probe = t + delta * direction;
                if (isDst(rules, probe) == wanted) {
                    return local - rules.getOffset(Instant.ofEpochSecond(clampSeconds(probe))).getTotalSeconds();
                }
            }
        }
        return t + (wanted ? -3600 : 3600);
    }

    private static boolean isDst(ZoneRules rules, long t) {
        return rules.isDaylightSavings(Instant.ofEpochSecond(clampSeconds(t)));
    }

    /** The inverse of {@link #gmtime}, normalizing out-of-range fields as glibc's timegm does. */
    public static long timegm(BrokenDownTime tm) {
        return wallSeconds(tm);
    }

    /** Seconds from the epoch to the fields read as UTC, months folded into years first. */
    private static long wallSeconds(BrokenDownTime tm) {
        long monthIndex = tm.month() - 1L;
        long year = tm.year() + Math.floorDiv(monthIndex, 12);
        int month = (int) Math.floorMod(monthIndex, 12) + 1;
        long days = CivilCalendar.daysFromCivil(year, month, 1) + tm.day() - 1;
        return days * DAY_SECONDS + tm.hour() * 3600L + tm.minute() * 60L + tm.second();
    }

    static long clampSeconds(long t) {
        return Math.max(MIN_ZONED_SECOND, Math.min(MAX_ZONED_SECOND, t));
    }

    static Instant clamp(Instant instant) {
        return Instant.ofEpochSecond(clampSeconds(instant.getEpochSecond()));
    }
}
