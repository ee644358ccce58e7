package skein.stdlib.time;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.List;
import java.util.Locale;

/**
 * Time zone abbreviations as the C library reports them ({@code tm_zone}, {@code tzname}),
 * approximated from Java's zone data: English short names where Java has them ("CET",
 * "EDT"), the tz database's numeric form of the offset in force ("+03", "+0545") where Java
 * only has "GMT+03:00", and "LMT" before a zone's first transition. Historical letter
 * abbreviations that Java does not keep (Istanbul's "EET" before 2016, say) come out in the
 * numeric form or as the current name.
 */
public final class ZoneNames {

    private static final DateTimeFormatter SHORT_NAME = DateTimeFormatter.ofPattern("zzz", Locale.ENGLISH);
    private static final long DAY_SECONDS = 86400;

    private ZoneNames() {
    }

    /** The abbreviation in force at {@code instant}: {@code tm_zone} of {@code localtime}. */
    public static String abbreviation(ZoneId zone, Instant instant) {
        Instant at = CivilTime.clamp(instant);
        if (zone instanceof ZoneOffset offset) {
            return offset.getTotalSeconds() == 0 ? "UTC" : numeric(offset.getTotalSeconds());
        }
        ZoneRules rules = zone.getRules();
        List<ZoneOffsetTransition> transitions = rules.getTransitions();
        if (!transitions.isEmpty() && at.isBefore(transitions.get(0).getInstant())) {
            return "LMT";
        }
        String name = SHORT_NAME.format(ZonedDateTime.ofInstant(at, zone));
        if (name.startsWith("GMT") && name.length() > 3) {
            return numeric(rules.getOffset(at).getTotalSeconds());
        }
        return name;
    }

    /**
     * {@code time.tzname}: the standard and daylight-saving abbreviations of the rules in force
     * after the zone's last listed transition; the daylight one repeats the standard one when
     * the zone no longer shifts.
     */
    public static String[] tzname(ZoneId zone) {
        ZoneRules rules = zone.getRules();
        Instant start = afterLastTransition(rules);
        String first = abbreviation(zone, start);
        if (rules.getTransitionRules().isEmpty()) {
            return new String[] {first, first};
        }
        String standard = rules.isDaylightSavings(start) ? null : first;
        String daylight = rules.isDaylightSavings(start) ? first : null;
        // The rules still shift: a year of fortnights meets both seasons.
        for (int fortnight = 1; fortnight <= 26 && (standard == null || daylight == null); fortnight++) {
            Instant at = start.plusSeconds(fortnight * 14 * DAY_SECONDS);
            if (rules.isDaylightSavings(at)) {
                daylight = daylight == null ? abbreviation(zone, at) : daylight;
            } else {
                standard = standard == null ? abbreviation(zone, at) : standard;
            }
        }
        standard = standard == null ? daylight : standard;
        return new String[] {standard, daylight == null ? standard : daylight};
    }

    /**
     * The C library's {@code tzname} just after converting a time near {@code instant}: glibc
     * sets it, at each conversion, to the latest standard and daylight names in force up to
     * that time (the final rules' names past the zone's last transition). strftime's
     * {@code %Z} falls back to it for a tuple without a zone.
     */
    static String[] tznameAround(ZoneId zone, Instant instant) {
        ZoneRules rules = zone.getRules();
        Instant at = CivilTime.clamp(instant);
        if (!at.isBefore(afterLastTransition(rules))) {
            return tzname(zone);
        }
        String standard = null;
        String daylight = null;
        while (standard == null || daylight == null) {
            if (rules.isDaylightSavings(at)) {
                daylight = daylight == null ? abbreviation(zone, at) : daylight;
            } else {
                standard = standard == null ? abbreviation(zone, at) : standard;
            }
            ZoneOffsetTransition previous = rules.previousTransition(at);
            if (previous == null) {
                break;
            }
            at = previous.getInstant().minusSeconds(1);
        }
        standard = standard == null ? daylight : standard;
        return new String[] {standard, daylight == null ? standard : daylight};
    }

    private static Instant afterLastTransition(ZoneRules rules) {
        List<ZoneOffsetTransition> transitions = rules.getTransitions();
        return transitions.isEmpty() ? Instant.EPOCH
                : transitions.get(transitions.size() - 1).getInstant().plusSeconds(DAY_SECONDS);
    }

    /** The tz database's numeric abbreviation: "+03", "-0330". */
    private static String numeric(int offsetSeconds) {
        int magnitude = Math.abs(offsetSeconds) / 60;
        String sign = offsetSeconds < 0 ? "-" : "+";
        int hours = magnitude / 60;
        int minutes = magnitude % 60;
        return minutes == 0 ? String.format("%s%02d", sign, hours) : String.format("%s%02d%02d", sign, hours, minutes);
    }
}
