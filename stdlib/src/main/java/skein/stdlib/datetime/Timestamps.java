package skein.stdlib.datetime;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneRules;
import java.util.List;

import skein.interpreter.SkeinContext;
import skein.interpreter.runtime.Numbers;
import skein.interpreter.runtime.exception.PythonErrors;
import skein.stdlib.time.BrokenDownTime;
import skein.stdlib.time.CivilCalendar;
import skein.stdlib.time.CivilTime;
import skein.stdlib.time.LocalZone;

/**
 * POSIX timestamps for datetime: reading them from Python numbers with CPython's rounding,
 * the current time from the process clock, and conversions to and from local wall time
 * (with PEP 495's fold for the repeated hour when clocks go back).
 */
final class Timestamps {

    private static final long NANOS_PER_MICRO = 1000;
    /** Seconds from 0001-01-01 to the Unix epoch. */
    static final long EPOCH_SECONDS = (CivilCalendar.toOrdinal(1970, 1, 1) - 1) * 86_400L;

    private Timestamps() {
    }

    /** Whole seconds and microseconds of a timestamp; floats round half to even at the microsecond. */
    static long[] secondsAndMicros(Object timestamp) {
        Double d = Numbers.floatValueOrNull(timestamp);
        if (d == null) {
            Object n = Numbers.index(timestamp);
            if (!(n instanceof Long seconds)) {
                throw PythonErrors.overflowError("timestamp out of range for platform time_t");
            }
            return new long[]{seconds, 0};
        }
        if (Double.isNaN(d)) {
            throw PythonErrors.valueError("Invalid value NaN (not a number)");
        }
        double whole = d < 0 ? Math.ceil(d) : Math.floor(d);
        double micros = Math.rint((d - whole) * 1e6);
        if (micros >= 1e6) {
            micros -= 1e6;
            whole += 1.0;
        } else if (micros < 0) {
            micros += 1e6;
            whole -= 1.0;
        }
        if (!(whole >= -0x1p63 && whole < 0x1p63)) {
            throw PythonErrors.overflowError("timestamp out of range for platform time_t");
        }
        return new long[]{(long) whole, (long) micros};
    }

    /** A timestamp rounded down to whole seconds, as {@code date.fromtimestamp} reads it. */
    static long flooredSeconds(Object timestamp) {
        Double d = Numbers.floatValueOrNull(timestamp);
        if (d != null) {
            return CivilTime.toTimeT(d);
        }
        Object n = Numbers.index(timestamp);
        if (!(n instanceof Long seconds)) {
            throw PythonErrors.overflowError("timestamp out of range for platform time_t");
        }
        return seconds;
    }

    /** The current time from the process clock: whole seconds and microseconds, rounded down. */
    static long[] now() {
        long nanos = SkeinContext.currentClock().epochNanos();
        long micros = Math.floorDiv(nanos, NANOS_PER_MICRO);
        return new long[]{Math.floorDiv(micros, PTimedelta.MICROS_PER_SECOND),
            Math.floorMod(micros, PTimedelta.MICROS_PER_SECOND)};
    }

    /** The current time as {@code time.time()} gives it. */
    static double nowAsFloat() {
        long nanos = SkeinContext.currentClock().epochNanos();
        return nanos % 1_000_000_000L == 0 ? (double) (nanos / 1_000_000_000L) : nanos / 1e9;
    }

    /** UTC fields of {@code seconds}. */
    static BrokenDownTime utc(long seconds) {
        return CivilTime.gmtime(seconds);
    }

    /** Local fields of {@code seconds}. */
    static BrokenDownTime local(long seconds) {
        return CivilTime.localtime(seconds, LocalZone.current());
    }

    /** 1 when {@code seconds} is the later of two instants with the same local wall time. */
    static int localFold(long seconds) {
        ZoneRules rules = LocalZone.current().getRules();
        Instant instant = Instant.ofEpochSecond(seconds);
        ZoneOffset offset = rules.getOffset(instant);
        LocalDateTime wall = LocalDateTime.ofEpochSecond(seconds, 0, offset);
        List<ZoneOffset> valid = rules.getValidOffsets(wall);
        return valid.size() == 2 && offset.equals(valid.get(1)) ? 1 : 0;
    }

    /**
     * The timestamp of a local wall time given as seconds since 0001-01-01: in a repeated hour
     * {@code fold} picks the occurrence, and in a skipped hour fold 0 reads the time with the
     * offset from before the change, fold 1 with the one after (PEP 495).
     */
    static long fromLocal(long wallSeconds, int fold) {
        ZoneId zone = LocalZone.current();
        ZoneRules rules = zone.getRules();
        long unixWall = wallSeconds - EPOCH_SECONDS;
        LocalDateTime wall = LocalDateTime.ofEpochSecond(unixWall, 0, ZoneOffset.UTC);
        List<ZoneOffset> valid = rules.getValidOffsets(wall);
        ZoneOffset offset;
        if (valid.size() == 1) {
            offset = valid.get(0);
        } else if (valid.size() == 2) {
            offset = valid.get(fold);
        } else {
            var gap = rules.getTransition(wall);
            offset = fold == 0 ? gap.getOffsetBefore() : gap.getOffsetAfter();
        }
        return unixWall - offset.getTotalSeconds();
    }
}
