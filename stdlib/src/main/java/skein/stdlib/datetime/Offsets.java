package skein.stdlib.datetime;

import skein.interpreter.SkeinLanguage;
import skein.interpreter.objects.PNone;
import skein.interpreter.runtime.Calls;
import skein.interpreter.runtime.TypeOf;
import skein.interpreter.runtime.exception.PythonErrors;

/**
 * What a tzinfo says about a time: {@code utcoffset}, {@code dst} and {@code tzname}, called
 * as Python methods (a tzinfo is usually a Python subclass) and checked as CPython checks
 * them. A {@code timezone} answers without a call.
 */
final class Offsets {

    private Offsets() {
    }

    /** {@code tzinfo.utcoffset(arg)}; null for None (and for no tzinfo at all). */
    static PTimedelta utcoffset(Object tzinfo, Object arg, DatetimeTypes types) {
        if (tzinfo == PNone.NONE) {
            return null;
        }
        if (tzinfo instanceof PTimezone zone && zone.getPythonClass() == types.timezone) {
            return zone.offset();
        }
        return checked(Calls.callMethod(tzinfo, "utcoffset", arg), "utcoffset");
    }

    /** {@code tzinfo.dst(arg)}; null for None. */
    static PTimedelta dst(Object tzinfo, Object arg, DatetimeTypes types) {
        if (tzinfo == PNone.NONE) {
            return null;
        }
        if (tzinfo instanceof PTimezone zone && zone.getPythonClass() == types.timezone) {
            return null;
        }
        return checked(Calls.callMethod(tzinfo, "dst", arg), "dst");
    }

    /** {@code tzinfo.tzname(arg)}: a str or None. */
    static Object tzname(Object tzinfo, Object arg) {
        if (tzinfo == PNone.NONE) {
            return PNone.NONE;
        }
        Object name = Calls.callMethod(tzinfo, "tzname", arg);
        if (name != PNone.NONE && !(name instanceof String) && !TypeOf.isInstance(name, SkeinLanguage.types().strType)) {
            throw PythonErrors.typeError("tzinfo.tzname() must return None or a string, not '"
                    + DatetimeTypes.typeName(name) + "'");
        }
        return name;
    }

    private static PTimedelta checked(Object offset, String method) {
        if (offset == PNone.NONE) {
            return null;
        }
        if (!(offset instanceof PTimedelta delta)) {
            throw PythonErrors.typeError("tzinfo." + method + "() must return None or timedelta, not '"
                    + DatetimeTypes.typeName(offset) + "'");
        }
        if (!isWithinADay(delta)) {
            throw PythonErrors.valueError("offset must be a timedelta strictly between -timedelta(hours=24) and "
                    + "timedelta(hours=24).");
        }
        return delta;
    }

    /** Strictly between minus one day and one day, as every UTC offset must be. */
    static boolean isWithinADay(PTimedelta offset) {
        if (offset.days() == -1) {
            return offset.seconds() != 0 || offset.microseconds() != 0;
        }
        return offset.days() == 0;
    }

    /** An offset as {@code +HH:MM}, with {@code :SS} and {@code .ffffff} only when they are not zero. */
    static String format(PTimedelta offset, String separator) {
        long micros = offset.totalMicrosIfLong();
        char sign = micros < 0 ? '-' : '+';
        long magnitude = Math.abs(micros);
        long seconds = magnitude / PTimedelta.MICROS_PER_SECOND;
        long us = magnitude % PTimedelta.MICROS_PER_SECOND;
        StringBuilder out = new StringBuilder();
        out.append(sign).append(String.format("%02d%s%02d", seconds / 3600, separator, seconds / 60 % 60));
        if (seconds % 60 != 0 || us != 0) {
            out.append(separator).append(String.format("%02d", seconds % 60));
            if (us != 0) {
                out.append(String.format(".%06d", us));
            }
        }
        return out.toString();
    }
}
