package skein.stdlib.time;

import java.time.Instant;
import java.time.ZoneId;
import java.util.OptionalLong;

/**
 * C's {@code wcsftime} as glibc implements it in the C locale, which is what CPython's
 * {@code time.strftime} calls on Linux: the POSIX conversions and the GNU ones, the flags
 * {@code _ - 0 ^ #}, a field width, the {@code E} and {@code O} modifiers (which change
 * nothing in the C locale but are refused where glibc refuses them), and the verbatim copy of
 * anything it does not understand.
 *
 * <p>Lengths are counted in code points, as in wide characters. The output stops as soon as
 * it would reach {@code limit} code points, as the C function fails when its buffer is full.
 * The fields must already be in the ranges {@code time.strftime} checks (weekday 0-6, month
 * 1-12, isdst -1 to 1), which {@link Strftime} ensures.
 */
final class GlibcStrftime {

    private static final String[] WEEKDAYS = {"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"};
    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July",
        "August", "September", "October", "November", "December"};
    /** glibc's lower bound for a day of the year when it looks for ISO weeks. */
    private static final int YDAY_MINIMUM = -366;
    private static final int ISO_WEEK_START_WDAY = 1;
    private static final int ISO_WEEK1_WDAY = 4;

    /** Thrown to unwind when the output is full; the C function then returns 0. */
    private static final class Full extends RuntimeException {
        Full() {
            super(null, null, false, false);
        }
    }

    private final BrokenDownTime tm;
    private final ZoneId zone;
    private final long limit;
    private final StringBuilder out = new StringBuilder();
    private long length;

    // The struct tm view of the fields: Sunday is weekday 0, the year day and month count from 0.
    private final int wday;
    private final int yday;
    private final int mon;
    private final int hour12;

    private GlibcStrftime(BrokenDownTime tm, ZoneId zone, long limit) {
        this.tm = tm;
        this.zone = zone;
        this.limit = limit;
        this.wday = (tm.weekday() + 1) % 7;
        this.yday = tm.yearday() - 1;
        this.mon = tm.month() - 1;
        this.hour12 = tm.hour() > 12 ? tm.hour() - 12 : tm.hour() == 0 ? 12 : tm.hour();
    }

    /**
     * Formats {@code format}; returns null when the result would reach {@code limit} code
     * points. {@code zone} is the process's zone: {@code %s} reads the fields as local time
     * there, and {@code %Z} falls back to its {@code tzname} when the fields name no zone.
     */
    static String format(String format, BrokenDownTime tm, ZoneId zone, long limit) {
        GlibcStrftime formatter = new GlibcStrftime(tm, zone, limit);
        try {
            formatter.run(format);
            return formatter.out.toString();
        } catch (Full e) {
            return null;
        }
    }

    /** One conversion specification: its flags, width and modifier, and the text it came from. */
    private static final class Spec {
        char pad;
        boolean upcase;
        boolean lowcase;
        boolean changeCase;
        int width = -1;
        char modifier;
        String source;
    }

    private void run(String format) {
        int n = format.length();
        int f = 0;
        while (f < n) {
            int c = format.codePointAt(f);
            if (c != '%') {
                emit(new String(Character.toChars(c)));
                f += Character.charCount(c);
                continue;
            }
            int start = f++;
            Spec spec = new Spec();
            for (; f < n; f++) {
                char flag = format.charAt(f);
                if (flag == '_' || flag == '-' || flag == '0') {
                    spec.pad = flag;
                } else if (flag == '^') {
                    spec.upcase = true;
                } else if (flag == '#') {
                    spec.changeCase = true;
                } else {
                    break;
                }
            }
            if (f < n && isDigit(format.charAt(f))) {
                spec.width = 0;
                for (; f < n && isDigit(format.charAt(f)); f++) {
                    int digit = format.charAt(f) - '0';
                    spec.width = spec.width > (Integer.MAX_VALUE - digit) / 10 ? Integer.MAX_VALUE : spec.width * 10 + digit;
                }
            }
            if (f < n && (format.charAt(f) == 'E' || format.charAt(f) == 'O')) {
                spec.modifier = format.charAt(f++);
            }
            if (f >= n) {
                // A '%' at the end of the format, with whatever flags followed it, is copied.
                spec.source = format.substring(start);
                copy(spec, spec.source);
                return;
            }
            int conversion = format.codePointAt(f);
            f += Character.charCount(conversion);
            spec.source = format.substring(start, f);
            convert(conversion, spec);
        }
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private void convert(int conversion, Spec s) {
        switch (conversion) {
            case '%' -> add(s, "%");
            case 'a', 'A' -> {
                if (s.modifier != 0) {
                    badFormat(s);
                    return;
                }
                upcaseOnChange(s);
                copy(s, conversion == 'a' ? WEEKDAYS[wday].substring(0, 3) : WEEKDAYS[wday]);
            }
            case 'b', 'h' -> {
                upcaseOnChange(s);
                if (s.modifier == 'E') {
                    badFormat(s);
                    return;
                }
                copy(s, MONTHS[mon].substring(0, 3));
            }
            case 'B' -> {
                if (s.modifier == 'E') {
                    badFormat(s);
                    return;
                }
                upcaseOnChange(s);
                copy(s, MONTHS[mon]);
            }
            case 'c' -> subformatUnless('O', s, "%a %b %e %H:%M:%S %Y");
            case 'x' -> subformatUnless('O', s, "%m/%d/%y");
            case 'X' -> subformatUnless('O', s, "%H:%M:%S");
            case 'D' -> subformatWithoutModifier(s, "%m/%d/%y");
            case 'F' -> subformatWithoutModifier(s, "%Y-%m-%d");
            case 'R' -> subformat(s, "%H:%M");
            case 'r' -> subformat(s, "%I:%M:%S %p");
            case 'T' -> subformat(s, "%H:%M:%S");
            case 'C' -> number(s, 1, tm.year() / 100 - (tm.year() % 100 < 0 ? 1 : 0));
            case 'd' -> numberUnlessE(s, 2, tm.day());
            case 'e' -> spacePaddedUnlessE(s, tm.day());
            case 'H' -> numberUnlessE(s, 2, tm.hour());
            case 'I' -> numberUnlessE(s, 2, hour12);
            case 'k' -> spacePaddedUnlessE(s, tm.hour());
            case 'l' -> spacePaddedUnlessE(s, hour12);
            case 'j' -> numberUnlessE(s, 3, 1 + yday);
            case 'M' -> numberUnlessE(s, 2, tm.minute());
            case 'm' -> numberUnlessE(s, 2, mon + 1);
            case 'S' -> numberUnlessE(s, 2, tm.second());
            case 'U' -> numberUnlessE(s, 2, (yday - wday + 7) / 7);
            case 'W' -> numberUnlessE(s, 2, (yday - (wday - 1 + 7) % 7 + 7) / 7);
            case 'w' -> numberUnlessE(s, 1, wday);
            case 'u' -> number(s, 1, (wday - 1 + 7) % 7 + 1);
            case 'V', 'g', 'G' -> {
                if (s.modifier == 'E') {
                    badFormat(s);
                } else {
                    isoWeek(conversion, s);
                }
            }
            case 'Y' -> {
                if (s.modifier == 'O') {
                    badFormat(s);
                } else {
                    number(s, 1, tm.year());
                }
            }
            case 'y' -> number(s, 2, ((tm.year() - 1900) % 100 + 100) % 100);
            case 'n' -> add(s, "\n");
            case 't' -> add(s, "\t");
            case 'P', 'p' -> {
                s.lowcase = conversion == 'P';
                if (s.changeCase) {
                    s.upcase = false;
                    s.lowcase = true;
                }
                copy(s, tm.hour() > 11 ? "PM" : "AM");
            }
            case 's' -> formatNumber(s, 1, epochSeconds());
            case 'Z' -> {
                if (s.changeCase) {
                    s.upcase = false;
                    s.lowcase = true;
                }
                copy(s, zoneName());
            }
            case 'z' -> utcOffset(s);
            default -> badFormat(s);
        }
    }

    /** The {@code #} flag turns names to capitals. */
    private static void upcaseOnChange(Spec s) {
        if (s.changeCase) {
            s.upcase = true;
            s.lowcase = false;
        }
    }

    private void numberUnlessE(Spec s, int digits, int value) {
        if (s.modifier == 'E') {
            badFormat(s);
        } else {
            number(s, digits, value);
        }
    }

    /** {@code %e %k %l}: padded with spaces unless a {@code 0} or {@code -} flag says otherwise. */
    private void spacePaddedUnlessE(Spec s, int value) {
        if (s.modifier == 'E') {
            badFormat(s);
            return;
        }
        if (s.pad != '0' && s.pad != '-') {
            s.pad = '_';
        }
        number(s, 2, value);
    }

    private void isoWeek(int conversion, Spec s) {
        int year = tm.year();
        int days = isoWeekDays(yday, wday);
        if (days < 0) {
            // The ISO week belongs to the previous year.
            year--;
            days = isoWeekDays(yday + (365 + (CivilCalendar.isLeap(year) ? 1 : 0)), wday);
        } else {
            int next = isoWeekDays(yday - (365 + (CivilCalendar.isLeap(year) ? 1 : 0)), wday);
            if (next >= 0) {
                year++;
                days = next;
            }
        }
        switch (conversion) {
            case 'g' -> number(s, 2, (year % 100 + 100) % 100);
            case 'G' -> number(s, 1, year);
            default -> number(s, 2, days / 7 + 1);
        }
    }

    /** Days from the first day of the ISO year's first week to the day {@code yday} (from 0) that falls on {@code wday}. */
    private static int isoWeekDays(int yday, int wday) {
        int bigEnoughMultipleOf7 = (-YDAY_MINIMUM / 7 + 2) * 7;
        return yday - (yday - wday + ISO_WEEK1_WDAY + bigEnoughMultipleOf7) % 7 + ISO_WEEK1_WDAY - ISO_WEEK_START_WDAY;
    }

    /** {@code %s}: the fields read as local time; -1 when mktime fails, as glibc prints then. */
    private long epochSeconds() {
        OptionalLong seconds = CivilTime.tryMktime(tm, zone);
        return seconds.orElse(-1);
    }

    /**
     * {@code %Z}: the fields' zone, else the C library's {@code tzname} for standard or
     * daylight time, taken as it stands after converting the time the fields denote.
     */
    private String zoneName() {
        String name = tm.zoneName();
        if ((name == null || name.isEmpty()) && tm.isdst() >= 0) {
            OptionalLong seconds = CivilTime.tryMktime(tm, zone);
            String[] tzname = seconds.isPresent()
                    ? ZoneNames.tznameAround(zone, Instant.ofEpochSecond(CivilTime.clampSeconds(seconds.getAsLong())))
                    : ZoneNames.tzname(zone);
            name = tzname[tm.isdst()];
        }
        return name == null ? "" : name;
    }

    /** {@code %z}: nothing when DST is unknown; else a sign and hhmm, each padded to the width. */
    private void utcOffset(Spec s) {
        if (tm.isdst() < 0) {
            return;
        }
        int diff = (int) tm.gmtoffSeconds();
        if (diff < 0) {
            add(s, "-");
            diff = -diff;
        } else {
            add(s, "+");
        }
        diff /= 60;
        number(s, 4, (diff / 60) * 100 + diff % 60);
    }

    private void subformatUnless(char refusedModifier, Spec s, String subformat) {
        if (s.modifier == refusedModifier) {
            badFormat(s);
        } else {
            subformat(s, subformat);
        }
    }

    private void subformatWithoutModifier(Spec s, String subformat) {
        if (s.modifier != 0) {
            badFormat(s);
        } else {
            subformat(s, subformat);
        }
    }

    /** A conversion defined as another format; only the {@code ^} flag reaches into it. */
    private void subformat(Spec s, String subformat) {
        String text = format(subformat, tm, zone, limit - length);
        if (text == null) {
            throw new Full();
        }
        int start = out.length();
        add(s, text);
        if (s.upcase) {
            String added = out.substring(start);
            out.setLength(start);
            out.append(upper(added));
        }
    }

    /** An unknown or refused conversion: copy the specification as it was written. */
    private void badFormat(Spec s) {
        copy(s, s.source);
    }

    private void number(Spec s, int minimumDigits, long value) {
        formatNumber(s, Math.max(minimumDigits, s.width), value);
    }

    /** glibc's number layout: a '_' pads with spaces, '-' not at all, anything else with zeros after the sign. */
    private void formatNumber(Spec s, int digits, long value) {
        boolean negative = value < 0;
        String magnitude = Long.toUnsignedString(negative ? -value : value);
        String text = negative ? "-" + magnitude : magnitude;
        if (s.pad != '-') {
            int padding = digits - text.length();
            if (padding > 0) {
                if (s.pad == '_') {
                    emitRepeated(' ', padding);
                    s.width = s.width > padding ? s.width - padding : 0;
                } else {
                    if (negative) {
                        emit("-");
                        text = magnitude;
                    }
                    emitRepeated('0', padding);
                    s.width = 0;
                }
            }
        }
        copy(s, text);
    }

    /** Text after the case flags, padded to the width. */
    private void copy(Spec s, String text) {
        add(s, s.lowcase ? lower(text) : s.upcase ? upper(text) : text);
    }

    /** Text padded on the left to the width, with zeros under the {@code 0} flag and spaces otherwise. */
    private void add(Spec s, String text) {
        long shortfall = (long) s.width - text.codePointCount(0, text.length());
        if (shortfall > 0) {
            emitRepeated(s.pad == '0' ? '0' : ' ', shortfall);
        }
        emit(text);
    }

    private void emit(String text) {
        reserve(text.codePointCount(0, text.length()));
        out.append(text);
    }

    private void emitRepeated(char c, long count) {
        reserve(count);
        out.repeat(c, (int) count);
    }

    private void reserve(long count) {
        if (length + count >= limit) {
            throw new Full();
        }
        length += count;
    }

    private static String upper(String text) {
        return text.codePoints().map(Character::toUpperCase)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }

    private static String lower(String text) {
        return text.codePoints().map(Character::toLowerCase)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }
}
