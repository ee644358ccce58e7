package skein.stdlib.time;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import skein.interpreter.runtime.Reprs;
import skein.interpreter.runtime.exception.PythonErrors;

/**
 * {@code time.strptime} and {@code datetime.strptime} in the C locale: the format becomes a
 * case-insensitive regular expression with one group per directive (so that, as in CPython,
 * a number such as {@code %d} takes one or two digits, names match in any case and a run of
 * whitespace in the format matches any run in the data), then the groups are combined into a
 * date the way CPython's {@code _strptime} combines them, with its defaults and its errors.
 */
public final class Strptime {

    public static final String DEFAULT_FORMAT = "%a %b %d %H:%M:%S %Y";

    private static final String[] WEEKDAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
        "sunday"};
    private static final String[] MONTHS = {"january", "february", "march", "april", "may", "june", "july",
        "august", "september", "october", "november", "december"};
    private static final Pattern REGEX_SPECIALS = Pattern.compile("([\\\\.^$*+?(){}\\[\\]|])");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS;
    /** Compiled formats, per set of zone names they were made for; formats repeat a lot. */
    private static final Map<String, Compiled> CACHE = new ConcurrentHashMap<>();
    private static final int CACHE_LIMIT = 100;

    /** A format turned into a pattern, and the directive behind each group, in order. */
    private record Compiled(Pattern pattern, List<Character> directives) {
    }

    private Strptime() {
    }

    /**
     * Parses {@code data} by {@code format}. {@code tzname} and {@code daylight} are the
     * process's {@code time.tzname} and {@code time.daylight}: {@code %Z} accepts "UTC",
     * "GMT" and those names.
     */
    public static StrptimeResult parse(String data, String format, String[] tzname, boolean daylight) {
        Compiled compiled = compile(format, tzname, daylight);
        Matcher found = compiled.pattern().matcher(data);
        if (!found.lookingAt()) {
            throw PythonErrors.valueError("time data " + Reprs.repr(data) + " does not match format " + Reprs.repr(format));
        }
        if (found.end() != data.length()) {
            throw PythonErrors.valueError("unconverted data remains: " + data.substring(found.end()));
        }
        return combine(found, compiled.directives(), tzname, daylight);
    }

    private static Compiled compile(String format, String[] tzname, boolean daylight) {
        String key = String.join("\0", tzname) + "\0" + daylight + "\0" + format;
        Compiled cached = CACHE.get(key);
        if (cached == null) {
            cached = new Builder(tzname, daylight).build(format);
            if (CACHE.size() > CACHE_LIMIT) {
                CACHE.clear();
            }
            CACHE.put(key, cached);
        }
        return cached;
    }

    /** Builds the pattern of one format. */
    private static final class Builder {
        private final String[] tzname;
        private final boolean daylight;
        private final List<Character> directives = new ArrayList<>();

        Builder(String[] tzname, boolean daylight) {
            this.tzname = tzname;
            this.daylight = daylight;
        }

        Compiled build(String format) {
            String regex = pattern(format, format);
            return new Compiled(Pattern.compile(regex, FLAGS), List.copyOf(directives));
        }

        /** The regex of {@code format}; {@code original} is the user's format, for messages. */
        private String pattern(String format, String original) {
            String escaped = REGEX_SPECIALS.matcher(format).replaceAll("\\\\$1");
            escaped = WHITESPACE.matcher(escaped).replaceAll("\\\\s+");
            StringBuilder out = new StringBuilder();
            int i = 0;
            while (i < escaped.length()) {
                char c = escaped.charAt(i);
                if (c != '%') {
                    out.append(c);
                    i++;
                    continue;
                }
                if (i + 1 >= escaped.length()) {
                    throw PythonErrors.valueError("stray % in format '" + original + "'");
                }
                int directive = escaped.codePointAt(i + 1);
                out.append(directive(directive, original));
                i += 1 + Character.charCount(directive);
            }
            return out.toString();
        }

        private String directive(int directive, String original) {
            String body = switch (directive) {
                case 'd' -> "3[0-1]|[1-2]\\d|0[1-9]|[1-9]| [1-9]";
                case 'f' -> "[0-9]{1,6}";
                case 'H' -> "2[0-3]|[0-1]\\d|\\d";
                case 'I' -> "1[0-2]|0[1-9]|[1-9]";
                case 'G', 'Y' -> "\\d\\d\\d\\d";
                case 'j' -> "36[0-6]|3[0-5]\\d|[1-2]\\d\\d|0[1-9]\\d|00[1-9]|[1-9]\\d|0[1-9]|[1-9]";
                case 'm' -> "1[0-2]|0[1-9]|[1-9]";
                case 'M' -> "[0-5]\\d|\\d";
                case 'S' -> "6[0-1]|[0-5]\\d|\\d";
                case 'U', 'W' -> "5[0-3]|[0-4]\\d|\\d";
                case 'w' -> "[0-6]";
                case 'u' -> "[1-7]";
                case 'V' -> "5[0-3]|0[1-9]|[1-4]\\d|\\d";
                case 'y' -> "\\d\\d";
                case 'z' -> "[+-]\\d\\d:?[0-5]\\d(?::?[0-5]\\d(?:\\.\\d{1,6})?)?|(?-i:Z)";
                case 'A' -> alternatives(List.of(WEEKDAYS));
                case 'a' -> alternatives(abbreviations(WEEKDAYS));
                case 'B' -> alternatives(List.of(MONTHS));
                case 'b' -> alternatives(abbreviations(MONTHS));
                case 'p' -> alternatives(List.of("am", "pm"));
                case 'Z' -> alternatives(zoneNames());
                case '%' -> null;
                case 'c' -> pattern("%a %b %d %H:%M:%S %Y", original);
                case 'x' -> pattern("%m/%d/%y", original);
                case 'X' -> pattern("%H:%M:%S", original);
                default -> throw PythonErrors.valueError("'" + (directive == '\\' ? "%" : Character.toString(directive))
                        + "' is a bad directive in format '" + original + "'");
            };
            if (directive == '%') {
                return "%";
            }
            if (directive == 'c' || directive == 'x' || directive == 'X') {
                return body;
            }
            if (body.isEmpty()) {
                return "";
            }
            char name = (char) directive;
            if (directives.contains(name)) {
                // CPython's regular expression refuses a group name given twice.
                throw PythonErrors.valueError("redefinition of group name '" + name + "' in format '" + original + "'");
            }
            directives.add(name);
            return "(?<" + groupName(name) + ">" + body + ")";
        }

        private Set<String> zoneNames() {
            Set<String> names = new LinkedHashSet<>(List.of("utc", "gmt", tzname[0].toLowerCase(Locale.ROOT)));
            if (daylight) {
                names.add(tzname[1].toLowerCase(Locale.ROOT));
            }
            return names;
        }
    }

    /** Java group names are letters: lower-case directives as they are, upper-case ones doubled. */
    private static String groupName(char directive) {
        return Character.isUpperCase(directive) ? "" + directive + directive : Character.toString(directive);
    }

    private static List<String> abbreviations(String[] names) {
        List<String> result = new ArrayList<>();
        for (String name : names) {
            result.add(name.substring(0, 3));
        }
        return result;
    }

    /** The longest alternatives first, so that a name never matches only its own prefix. */
    private static String alternatives(java.util.Collection<String> values) {
        List<String> sorted = new ArrayList<>(values);
        sorted.sort(Comparator.comparingInt(String::length).reversed());
        if (sorted.isEmpty() || sorted.get(0).isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        for (String value : sorted) {
            if (out.length() > 0) {
                out.append('|');
            }
            out.append(Pattern.quote(value));
        }
        return out.toString();
    }

    private static StrptimeResult combine(Matcher found, List<Character> directives, String[] tzname, boolean daylight) {
        Integer isoYear = null;
        Integer year = null;
        int month = 1;
        int day = 1;
        int hour = 0;
        int minute = 0;
        int second = 0;
        int fraction = 0;
        int isdst = -1;
        Integer gmtoff = null;
        int gmtoffFraction = 0;
        Integer isoWeek = null;
        Integer weekOfYear = null;
        boolean weekStartsMonday = false;
        Integer weekday = null;
        Integer julian = null;
        String zoneName = null;
        String ampm = directives.contains('p') ? group(found, 'p').toLowerCase(Locale.ROOT) : "";
        for (char directive : directives) {
            String text = group(found, directive);
            switch (directive) {
                case 'y' -> {
                    int twoDigits = number(text);
                    // POSIX: 69-99 are in the 1900s, 00-68 in the 2000s.
                    year = twoDigits <= 68 ? twoDigits + 2000 : twoDigits + 1900;
                }
                case 'Y' -> year = number(text);
                case 'G' -> isoYear = number(text);
                case 'm' -> month = number(text);
                case 'B' -> month = indexOf(MONTHS, text) + 1;
                case 'b' -> month = indexOf(abbreviations(MONTHS).toArray(new String[0]), text) + 1;
                case 'd' -> day = number(text);
                case 'H' -> hour = number(text);
                case 'I' -> {
                    hour = number(text);
                    if (ampm.equals("pm")) {
                        hour = hour == 12 ? 12 : hour + 12;
                    } else if (hour == 12) {
                        hour = 0;
                    }
                }
                case 'M' -> minute = number(text);
                case 'S' -> second = number(text);
                case 'f' -> fraction = number((text + "00000").substring(0, 6));
                case 'A' -> weekday = indexOf(WEEKDAYS, text);
                case 'a' -> weekday = indexOf(abbreviations(WEEKDAYS).toArray(new String[0]), text);
                case 'w' -> weekday = (number(text) + 6) % 7;
                case 'u' -> weekday = number(text) - 1;
                case 'j' -> julian = number(text);
                case 'U', 'W' -> {
                    weekOfYear = number(text);
                    weekStartsMonday = directive == 'W';
                }
                case 'V' -> isoWeek = number(text);
                case 'z' -> {
                    int[] offset = utcOffset(text);
                    gmtoff = offset[0];
                    gmtoffFraction = offset[1];
                }
                case 'Z' -> {
                    zoneName = text;
                    isdst = zoneDst(text.toLowerCase(Locale.ROOT), tzname, daylight);
                }
                default -> {
                }
            }
        }
        if (year == null && isoYear != null) {
            if (isoWeek == null || weekday == null) {
                throw PythonErrors.valueError("ISO year directive '%G' must be used with the ISO week directive '%V' "
                        + "and a weekday directive ('%A', '%a', '%w', or '%u').");
            }
            if (julian != null) {
                throw PythonErrors.valueError("Day of the year directive '%j' is not compatible with ISO year "
                        + "directive '%G'. Use '%Y' instead.");
            }
        } else if (weekOfYear == null && isoWeek != null) {
            if (weekday == null) {
                throw PythonErrors.valueError("ISO week directive '%V' must be used with the ISO year directive '%G' "
                        + "and a weekday directive ('%A', '%a', '%w', or '%u').");
            }
            throw PythonErrors.valueError("ISO week directive '%V' is incompatible with the year directive '%Y'. "
                    + "Use the ISO year '%G' instead.");
        }
        // Without a year, February 29th is checked in a leap year and reported in 1900.
        boolean leapYearFix = false;
        if (year == null && month == 2 && day == 29) {
            year = 1904;
            leapYearFix = true;
        } else if (year == null) {
            year = 1900;
        }
        if (julian == null && weekday != null) {
            if (weekOfYear != null) {
                julian = julianFromWeek(year, weekOfYear, weekday, weekStartsMonday);
            } else if (isoYear != null && isoWeek != null) {
                int[] isoDate = julianFromIsoWeek(isoYear, isoWeek, weekday + 1);
                year = isoDate[0];
                julian = isoDate[1];
            }
            if (julian != null && julian <= 0) {
                year -= 1;
                julian += CivilCalendar.isLeap(year) ? 366 : 365;
            }
        }
        if (julian == null) {
            CivilCalendar.checkDate(year, month, day);
            julian = (int) (CivilCalendar.toOrdinal(year, month, day) - CivilCalendar.toOrdinal(year, 1, 1)) + 1;
        } else {
            CivilCalendar.checkDate(year, 1, 1);
            long ordinal = julian - 1 + CivilCalendar.toOrdinal(year, 1, 1);
            CivilDate date = CivilCalendar.checkedFromOrdinal(ordinal);
            year = (int) date.year();
            month = date.month();
            day = date.day();
        }
        if (weekday == null) {
            CivilCalendar.checkDate(year, month, day);
            weekday = CivilCalendar.weekday(year, month, day);
        }
        if (leapYearFix) {
            year = 1900;
        }
        return new StrptimeResult(year, month, day, hour, minute, second, weekday, julian, isdst, zoneName, gmtoff,
                fraction, gmtoffFraction);
    }

    private static String group(Matcher found, char directive) {
        return found.group(groupName(directive));
    }

    /**
     * {@code int(text)} for the small numbers a pattern group holds: decimal digits of any
     * script (the pattern's {@code \d} matches them all) after an optional sign.
     */
    private static int number(String text) {
        String digits = text.strip();
        int start = !digits.isEmpty() && (digits.charAt(0) == '+' || digits.charAt(0) == '-') ? 1 : 0;
        if (start == digits.length()) {
            throw invalidLiteral(text);
        }
        int value = 0;
        for (int i = start; i < digits.length(); i = digits.offsetByCodePoints(i, 1)) {
            int digit = Character.digit(digits.codePointAt(i), 10);
            if (digit < 0) {
                throw invalidLiteral(text);
            }
            value = value * 10 + digit;
        }
        return digits.charAt(0) == '-' ? -value : value;
    }

    private static RuntimeException invalidLiteral(String text) {
        return PythonErrors.valueError("invalid literal for int() with base 10: " + Reprs.repr(text));
    }

    private static int indexOf(String[] names, String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        for (int i = 0; i < names.length; i++) {
            if (names[i].equals(lower)) {
                return i;
            }
        }
        // Unicode case folding can match a name that lower() does not give back; CPython's
        // list.index then fails the same way.
        throw PythonErrors.valueError("'" + lower + "' is not in list");
    }

    /** {@code %z}: seconds and microseconds east of UTC, both carrying the sign. */
    private static int[] utcOffset(String z) {
        if (z.equals("Z")) {
            return new int[]{0, 0};
        }
        String compact = z;
        if (compact.charAt(3) == ':') {
            compact = compact.substring(0, 3) + compact.substring(4);
            if (compact.length() > 5) {
                if (compact.charAt(5) != ':') {
                    throw PythonErrors.valueError("Inconsistent use of : in " + z);
                }
                compact = compact.substring(0, 5) + compact.substring(6);
            }
        }
        int hours = number(compact.substring(1, 3));
        int minutes = number(compact.substring(3, 5));
        int seconds = compact.length() >= 7 ? number(compact.substring(5, 7)) : 0;
        int total = hours * 3600 + minutes * 60 + seconds;
        int micros = compact.length() > 8 ? number((compact.substring(8) + "00000").substring(0, 6)) : 0;
        if (compact.charAt(0) == '-') {
            total = -total;
            micros = -micros;
        }
        return new int[]{total, micros};
    }

    /** The DST flag a zone name implies: 0 for UTC, GMT and the standard name, 1 for the daylight one. */
    private static int zoneDst(String zone, String[] tzname, boolean daylight) {
        boolean standard = zone.equals("utc") || zone.equals("gmt") || zone.equals(tzname[0].toLowerCase(Locale.ROOT));
        boolean ambiguous = tzname[0].equals(tzname[1]) && daylight && !zone.equals("utc") && !zone.equals("gmt");
        if (standard) {
            return ambiguous ? -1 : 0;
        }
        if (daylight && zone.equals(tzname[1].toLowerCase(Locale.ROOT))) {
            return ambiguous ? -1 : 1;
        }
        return -1;
    }

    /** The day of the year from a week number ({@code %U} or {@code %W}) and a weekday (0 for Monday). */
    private static int julianFromWeek(int year, int week, int weekday, boolean weekStartsMonday) {
        CivilCalendar.checkDate(year, 1, 1);
        int firstWeekday = CivilCalendar.weekday(year, 1, 1);
        int day = weekday;
        if (!weekStartsMonday) {
            firstWeekday = (firstWeekday + 1) % 7;
            day = (day + 1) % 7;
        }
        int weekZeroLength = (7 - firstWeekday) % 7;
        if (week == 0) {
            return 1 + day - firstWeekday;
        }
        return 1 + weekZeroLength + 7 * (week - 1) + day;
    }

    /** The year and day of the year of an ISO week date; the day may fall in the year before. */
    private static int[] julianFromIsoWeek(int isoYear, int isoWeek, int isoWeekday) {
        CivilCalendar.checkDate(isoYear, 1, 4);
        int correction = CivilCalendar.weekday(isoYear, 1, 4) + 1 + 3;
        int ordinal = isoWeek * 7 + isoWeekday - correction;
        int year = isoYear;
        if (ordinal < 1) {
            long absolute = ordinal + CivilCalendar.toOrdinal(year, 1, 1);
            year -= 1;
            CivilCalendar.checkDate(year, 1, 1);
            ordinal = (int) (absolute - CivilCalendar.toOrdinal(year, 1, 1));
        }
        return new int[]{year, ordinal};
    }
}
