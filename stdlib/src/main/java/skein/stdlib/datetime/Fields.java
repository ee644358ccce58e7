package skein.stdlib.datetime;

import skein.interpreter.runtime.exception.PythonErrors;
import skein.stdlib.time.CivilCalendar;
import skein.stdlib.time.CivilDate;

/** Conversions between datetime fields and microseconds since 0001-01-01T00:00, with datetime's range check. */
final class Fields {

    /** Microseconds from 0001-01-01 to 10000-01-01: datetime's whole range. */
    static final long MAX_MICROS = CivilCalendar.toOrdinal(10000, 1, 1) * PTimedelta.MICROS_PER_DAY
            - PTimedelta.MICROS_PER_DAY;

    private Fields() {
    }

    /** year, month, day, hour, minute, second, microsecond; OverflowError "date value out of range" outside 1-9999. */
    static int[] fromMicros(long micros) {
        if (micros < 0 || micros >= MAX_MICROS) {
            throw PythonErrors.overflowError("date value out of range");
        }
        long days = micros / PTimedelta.MICROS_PER_DAY;
        long ofDay = micros % PTimedelta.MICROS_PER_DAY;
        CivilDate date = CivilCalendar.fromOrdinal(days + 1);
        long seconds = ofDay / PTimedelta.MICROS_PER_SECOND;
        return new int[]{(int) date.year(), date.month(), date.day(), (int) (seconds / 3600), (int) (seconds / 60 % 60),
            (int) (seconds % 60), (int) (ofDay % PTimedelta.MICROS_PER_SECOND)};
    }
}
