package skein.stdlib.time;

import java.time.Duration;
import java.time.ZoneId;

import skein.interpreter.runtime.exception.PythonErrors;

/**
 * {@code time.strftime} and {@code datetime.strftime} as CPython 3.11 runs them on
 * Linux/glibc in the C locale: the argument checks and normalizations of the time module,
 * datetime's own {@code %z}, {@code %Z} and {@code %f}, and glibc for everything else (see
 * {@link GlibcStrftime}), down to its quirks: unknown directives are copied, {@code %-d}
 * works, and a result too large for CPython's growing buffer comes back empty.
 */
public final class Strftime {

    private static final int INITIAL_BUFFER = 1024;
    private static final int BUFFER_PER_FORMAT_CHAR = 256;

    private Strftime() {
    }

    /**
     * {@code time.strftime(format, t)} where {@code t} holds the tuple's values as given:
     * zero month, day and yearday mean the first; out-of-range fields raise CPython's
     * ValueErrors. {@code zone} is the process's local zone, used by {@code %s} and by
     * {@code %Z} when {@code t} names no zone.
     */
    public static String timeStrftime(String format, BrokenDownTime t, ZoneId zone) {
        BrokenDownTime checked = checked(t);
        if (format.indexOf('\0') >= 0) {
            throw PythonErrors.valueError("embedded null character");
        }
        // CPython doubles its buffer from 1024 wide characters and gives up, returning "",
        // once the buffer reaches 256 per character of the format; glibc needs one to spare.
        long formatLength = format.codePointCount(0, format.length());
        long buffer = INITIAL_BUFFER;
        while (buffer < BUFFER_PER_FORMAT_CHAR * formatLength) {
            buffer *= 2;
        }
        String result = GlibcStrftime.format(format, checked, zone, buffer);
        return result == null ? "" : result;
    }

    /**
     * {@code datetime.strftime(format)} (and date's and time's) for the object's fields:
     * {@code utcOffset} and {@code zoneName} are its {@code utcoffset()} and {@code tzname()}
     * (null for None), {@code isdst} is 1, 0 or -1 from {@code dst()}. {@code %z}, {@code %Z}
     * and {@code %f} are filled in first, then the rest goes to {@link #timeStrftime}.
     */
    public static String datetimeStrftime(String format, BrokenDownTime fields, ZoneId zone) {
        String expanded = expandDatetimeDirectives(cString(format), fields);
        return timeStrftime(expanded, fields.withZone(null, null), zone);
    }

    /** datetime reads the format as UTF-8 C text: it refuses lone surrogates and stops at a NUL. */
    private static String cString(String format) {
        for (int i = 0, position = 0; i < format.length(); i += Character.charCount(format.codePointAt(i)), position++) {
            int c = format.codePointAt(i);
            if (Character.isSurrogate((char) c) && c < Character.MIN_SUPPLEMENTARY_CODE_POINT) {
                // CPython raises UnicodeEncodeError, a ValueError Java code cannot name yet.
                throw PythonErrors.valueError(String.format(
                        "'utf-8' codec can't encode character '\\u%04x' in position %d: surrogates not allowed", c, position));
            }
        }
        int nul = format.indexOf('\0');
        return nul < 0 ? format : format.substring(0, nul);
    }

    private static String expandDatetimeDirectives(String format, BrokenDownTime fields) {
        StringBuilder out = new StringBuilder(format.length());
        int i = 0;
        while (i < format.length()) {
            char c = format.charAt(i++);
            if (c != '%' || i == format.length()) {
                out.append(c);
                continue;
            }
            char directive = format.charAt(i++);
            switch (directive) {
                case 'z' -> out.append(utcOffset(fields.utcOffset()));
                // The name goes into a format, so its own '%' signs must stay literal.
                case 'Z' -> out.append(fields.zoneName() == null ? "" : fields.zoneName().replace("%", "%%"));
                case 'f' -> out.append(String.format("%06d", fields.microsecond()));
                default -> out.append('%').append(directive);
            }
        }
        return out.toString();
    }

    /** datetime's {@code %z}: +HHMM, with seconds and then microseconds only when they are not zero. */
    private static String utcOffset(Duration offset) {
        if (offset == null) {
            return "";
        }
        char sign = offset.isNegative() ? '-' : '+';
        Duration magnitude = offset.abs();
        long seconds = magnitude.getSeconds();
        int microseconds = magnitude.getNano() / 1000;
        String text = String.format("%c%02d%02d", sign, seconds / 3600, seconds / 60 % 60);
        if (microseconds != 0) {
            return text + String.format("%02d.%06d", seconds % 60, microseconds);
        }
        if (seconds % 60 != 0) {
            return text + String.format("%02d", seconds % 60);
        }
        return text;
    }

    /** time.strftime's checks of a tuple, with its normalizations; the DST flag is clamped to -1..1. */
    static BrokenDownTime checked(BrokenDownTime t) {
        if (t.year() < Integer.MIN_VALUE + 1900) {
            throw PythonErrors.overflowError("year out of range");
        }
        int month = t.month();
        if (month == 0) {
            month = 1;
        } else if (month < 0 || month > 12) {
            throw PythonErrors.valueError("month out of range");
        }
        int day = t.day();
        if (day == 0) {
            day = 1;
        } else if (day < 0 || day > 31) {
            throw PythonErrors.valueError("day of month out of range");
        }
        if (t.hour() < 0 || t.hour() > 23) {
            throw PythonErrors.valueError("hour out of range");
        }
        if (t.minute() < 0 || t.minute() > 59) {
            throw PythonErrors.valueError("minute out of range");
        }
        if (t.second() < 0 || t.second() > 61) {
            throw PythonErrors.valueError("seconds out of range");
        }
        // C counts from Sunday, and its remainder keeps the dividend's sign: a weekday below
        // -1 is refused unless it is one less than a multiple of 7.
        int cWeekday = (t.weekday() + 1) % 7;
        if (cWeekday < 0) {
            throw PythonErrors.valueError("day of week out of range");
        }
        int yearday = t.yearday();
        if (yearday == 0) {
            yearday = 1;
        } else if (yearday < 0 || yearday > 366) {
            throw PythonErrors.valueError("day of year out of range");
        }
        int isdst = Math.max(-1, Math.min(1, t.isdst()));
        return new BrokenDownTime(t.year(), month, day, t.hour(), t.minute(), t.second(), (cWeekday + 6) % 7,
                yearday, isdst, t.microsecond(), t.utcOffset(), t.zoneName());
    }
}
