package skein.stdlib.datetime;

import skein.interpreter.objects.Missing;
import skein.interpreter.objects.PNone;
import skein.interpreter.runtime.Numbers;
import skein.interpreter.runtime.TypeOf;
import skein.interpreter.runtime.exception.PythonErrors;

/** The datetime module's checks of constructor arguments, with CPython's messages. */
final class DatetimeArguments {

    private DatetimeArguments() {
    }

    /** A C {@code int} argument: any int through {@code __index__}. */
    static int cInt(Object value) {
        Object n = Numbers.index(value);
        if (!(n instanceof Long l)) {
            throw PythonErrors.overflowError("Python int too large to convert to C long");
        }
        if (l > Integer.MAX_VALUE) {
            throw PythonErrors.overflowError("signed integer is greater than maximum");
        }
        if (l < Integer.MIN_VALUE) {
            throw PythonErrors.overflowError("signed integer is less than minimum");
        }
        return (int) (long) l;
    }

    /** An optional int argument, {@code fallback} when not passed. */
    static int cInt(Object value, int fallback) {
        return value == Missing.INSTANCE ? fallback : cInt(value);
    }

    /**
     * year, month and day, the arguments after the class, are required; CPython's argument
     * parser words their absence its own way.
     */
    static void requireDate(Object[] args) {
        String[] names = {"year", "month", "day"};
        for (int i = 0; i < names.length; i++) {
            if (args[i + 1] == Missing.INSTANCE) {
                throw PythonErrors.typeError("function missing required argument '" + names[i] + "' (pos " + (i + 1)
                        + ")");
            }
        }
    }

    static void checkTime(int hour, int minute, int second, int microsecond, int fold) {
        if (hour < 0 || hour > 23) {
            throw PythonErrors.valueError("hour must be in 0..23");
        }
        if (minute < 0 || minute > 59) {
            throw PythonErrors.valueError("minute must be in 0..59");
        }
        if (second < 0 || second > 59) {
            throw PythonErrors.valueError("second must be in 0..59");
        }
        if (microsecond < 0 || microsecond > 999_999) {
            throw PythonErrors.valueError("microsecond must be in 0..999999");
        }
        if (fold != 0 && fold != 1) {
            throw PythonErrors.valueError("fold must be either 0 or 1");
        }
    }

    /** A tzinfo argument: None or an instance of a tzinfo subclass. */
    static Object tzinfo(Object value, DatetimeTypes types) {
        if (value != PNone.NONE && !TypeOf.isInstance(value, types.tzinfo)) {
            throw PythonErrors.typeError("tzinfo argument must be None or of a tzinfo subclass, not type '"
                    + TypeOf.name(value) + "'");
        }
        return value;
    }

    /** An argument that must be a str, with the message of a C function's argument parser. */
    static String string(Object value, String function, int position) {
        if (value instanceof String s) {
            return s;
        }
        throw PythonErrors.typeError(function + "() argument " + position + " must be str, not " + TypeOf.name(value));
    }
}
