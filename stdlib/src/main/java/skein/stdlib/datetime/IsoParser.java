package skein.stdlib.datetime;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import skein.stdlib.time.CivilCalendar;
import skein.stdlib.time.CivilDate;

/**
 * The ISO 8601 subset that {@code fromisoformat} reads in Python 3.11: dates as
 * {@code YYYY-MM-DD}, {@code YYYYMMDD} or ISO weeks ({@code YYYY-Www[-D]}, {@code YYYYWww[D]});
 * times as {@code HH[:MM[:SS[.f...]]]} or without colons, with any number of fraction
 * digits (past six ignored); offsets as {@code Z} or a signed time. Anything else is invalid
 * (null). Range checks are the constructors' business, except the ISO week's. Like
 * CPython's, the parser reads the UTF-8 bytes of the string.
 */
final class IsoParser {

    /** A parsed time of day and, when one was given, its offset (seconds and microseconds east of UTC). */
    record ParsedTime(int hour, int minute, int second, int microsecond, boolean hasOffset, int offsetSeconds,
                      int offsetMicros) {
    }

    /** A parsed datetime: the date and, possibly absent, the time. */
    record ParsedDateTime(int year, int month, int day, ParsedTime time) {
    }

    private static final ParsedTime MIDNIGHT = new ParsedTime(0, 0, 0, 0, false, 0, 0);

    private final String text;

    private IsoParser(String text) {
        this.text = text;
    }

    /** {@code date.fromisoformat}: the whole string is a date of 7, 8 or 10 characters. */
    static int[] date(String text) {
        String bytes = utf8(text);
        if (bytes == null || (bytes.length() != 7 && bytes.length() != 8 && bytes.length() != 10)) {
            return null;
        }
        return new IsoParser(bytes).parseDate(0, bytes.length());
    }

    /** {@code time.fromisoformat}: a time, optionally after a {@code T}. */
    static ParsedTime time(String text) {
        String bytes = utf8(text);
        if (bytes == null) {
            return null;
        }
        int start = bytes.startsWith("T") ? 1 : 0;
        return new IsoParser(bytes).parseTime(start, bytes.length());
    }

    /** {@code datetime.fromisoformat}: a date, then any one character and a time. */
    static ParsedDateTime dateTime(String original) {
        if (original.codePointCount(0, original.length()) < 7) {
            return null;
        }
        String text = utf8(withAsciiSeparator(original));
        if (text == null) {
            return null;
        }
        IsoParser parser = new IsoParser(text);
        int separator = parser.separatorPosition();
        if (separator < 0) {
            return null;
        }
        int[] date = parser.parseDate(0, Math.min(separator, text.length()));
        if (date == null) {
            return null;
        }
        ParsedTime time = MIDNIGHT;
        if (text.length() > separator) {
            time = parser.parseTime(separator + 1, text.length());
            if (time == null) {
                return null;
            }
        }
        return new ParsedDateTime(date[0], date[1], date[2], time);
    }

    /**
     * The separator may be any character; one outside ASCII (at any place a separator can
     * be) stands in for 'T', so that the rest can be read character by character.
     */
    private static String withAsciiSeparator(String text) {
        int[] codePoints = text.codePoints().toArray();
        for (int position : new int[]{7, 8, 10}) {
            if (position >= codePoints.length) {
                break;
            }
            if (codePoints[position] > 0x7f) {
                codePoints[position] = 'T';
                break;
            }
        }
        return new String(codePoints, 0, codePoints.length);
    }

    /**
     * The text's UTF-8 bytes, one char each, which is what CPython's parser reads: a byte of
     * a non-ASCII character is never a digit or a separator. Null when the text cannot be
     * encoded (a lone surrogate), which makes the string invalid.
     */
    private static String utf8(String text) {
        try {
            ByteBuffer encoded = StandardCharsets.UTF_8.newEncoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .encode(CharBuffer.wrap(text));
            return StandardCharsets.ISO_8859_1.decode(encoded).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** The character at {@code i}, or NUL past the end (the C parser reads a terminated string). */
    private char at(int i) {
        return i < text.length() ? text.charAt(i) : '\0';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** {@code count} digits at {@code start} as a number, or -1. */
    private int digits(int start, int count) {
        int value = 0;
        for (int i = start; i < start + count; i++) {
            char c = at(i);
            if (!isDigit(c)) {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    /** Where the date ends, judged from its shape; -1 when no date shape fits. */
    private int separatorPosition() {
        int length = text.length();
        if (length == 7) {
            return 7;
        }
        if (at(4) == '-') {
            if (at(5) != 'W') {
                return 10;
            }
            if (length < 8) {
                return -1;
            }
            if (length > 8 && at(8) == '-') {
                if (length == 9) {
                    return -1;
                }
                // YYYY-Www-D or YYYY-Www then a separator '-' and an hour: digits at 10 say the latter.
                return length > 10 && isDigit(at(10)) ? 8 : 10;
            }
            return 8;
        }
        if (at(4) == 'W') {
            int i = 7;
            while (i < length && isDigit(at(i))) {
                i++;
            }
            if (i < 9) {
                return i;
            }
            // A run of digits: an even end means YYYYWww then digits of the time, an odd one YYYYWwwD.
            return i % 2 == 0 ? 7 : 8;
        }
        return 8;
    }

    /** year, month, day of the date in [start, end), or null. */
    private int[] parseDate(int start, int end) {
        int year = digits(start, 4);
        if (year < 0) {
            return null;
        }
        int p = start + 4;
        boolean dashes = at(p) == '-';
        if (dashes) {
            p++;
        }
        if (at(p) == 'W') {
            p++;
            int week = digits(p, 2);
            if (week < 0) {
                return null;
            }
            p += 2;
            int weekday = 1;
            if (p < end) {
                if (dashes && at(p++) != '-') {
                    return null;
                }
                weekday = digits(p, 1);
                if (weekday < 0) {
                    return null;
                }
            }
            return fromIsoWeek(year, week, weekday);
        }
        int month = digits(p, 2);
        if (month < 0) {
            return null;
        }
        p += 2;
        if (dashes && at(p++) != '-') {
            return null;
        }
        int day = digits(p, 2);
        if (day < 0) {
            return null;
        }
        return new int[]{year, month, day};
    }

    private static int[] fromIsoWeek(int year, int week, int weekday) {
        if (year < 1 || year > 9999 || week < 1 || week > 53 || weekday < 1 || weekday > 7) {
            return null;
        }
        if (week == 53) {
            int firstWeekday = CivilCalendar.weekday(year, 1, 1);
            if (!(firstWeekday == 3 || (firstWeekday == 2 && CivilCalendar.isLeap(year)))) {
                return null;
            }
        }
        CivilDate date = CivilCalendar.fromIsoCalendar(year, week, weekday);
        return new int[]{(int) date.year(), date.month(), date.day()};
    }

    /** A time with an optional offset in [start, end), or null. */
    private ParsedTime parseTime(int start, int end) {
        int zone = start;
        while (zone < end && at(zone) != 'Z' && at(zone) != '+' && at(zone) != '-') {
            zone++;
        }
        int[] clock = new int[4];
        int rv = parseClock(start, zone, clock);
        if (rv < 0) {
            return null;
        }
        if (zone == end) {
            return rv == 1 ? null : new ParsedTime(clock[0], clock[1], clock[2], clock[3], false, 0, 0);
        }
        if (at(zone) == 'Z') {
            if (zone + 1 != end) {
                return null;
            }
            return new ParsedTime(clock[0], clock[1], clock[2], clock[3], true, 0, 0);
        }
        int sign = at(zone) == '-' ? -1 : 1;
        int[] offset = new int[4];
        if (parseClock(zone + 1, end, offset) != 0) {
            return null;
        }
        int seconds = offset[0] * 3600 + offset[1] * 60 + offset[2];
        return new ParsedTime(clock[0], clock[1], clock[2], clock[3], true, sign * seconds, sign * offset[3]);
    }

    /**
     * {@code HH[:?MM[:?SS[{.,}f...]]]} in [start, end) into hour, minute, second, microsecond:
     * 0 when it ends exactly at {@code end}, 1 when something follows, -1 when malformed. As
     * in CPython, digits after a third field are read as a fraction even without a point.
     */
    private int parseClock(int start, int end, int[] fields) {
        int p = start;
        boolean colons = true;
        for (int i = 0; i < 3; i++) {
            int value = digits(p, 2);
            if (value < 0) {
                return -1;
            }
            fields[i] = value;
            p += 2;
            char c = at(p++);
            if (i == 0) {
                colons = c == ':';
            }
            if (p >= end) {
                return c != '\0' ? 1 : 0;
            }
            if (colons && c == ':') {
                continue;
            }
            if (c == '.' || c == ',') {
                break;
            }
            if (colons) {
                return -1;
            }
            p--;
        }
        int count = Math.min(end - p, 6);
        int micros = digits(p, count);
        if (micros < 0) {
            return -1;
        }
        for (int k = count; k < 6; k++) {
            micros *= 10;
        }
        fields[3] = micros;
        p += count;
        while (isDigit(at(p))) {
            p++;
        }
        return at(p) != '\0' ? 1 : 0;
    }
}
