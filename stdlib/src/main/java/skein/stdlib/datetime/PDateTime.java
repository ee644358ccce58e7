package skein.stdlib.datetime;

import skein.interpreter.objects.PythonClass;

/** A {@code datetime.datetime}: a date with a time of day, a tzinfo (or None) and the PEP 495 fold. */
final class PDateTime extends PDate implements WallClock {

    private final int hour;
    private final int minute;
    private final int second;
    private final int microsecond;
    private final Object tzinfo;
    private final int fold;

    PDateTime(PythonClass cls, int year, int month, int day, int hour, int minute, int second, int microsecond,
              Object tzinfo, int fold) {
        super(cls, year, month, day);
        this.hour = hour;
        this.minute = minute;
        this.second = second;
        this.microsecond = microsecond;
        this.tzinfo = tzinfo;
        this.fold = fold;
    }

    @Override
    public int hour() {
        return hour;
    }

    @Override
    public int minute() {
        return minute;
    }

    @Override
    public int second() {
        return second;
    }

    @Override
    public int microsecond() {
        return microsecond;
    }

    @Override
    public Object tzinfo() {
        return tzinfo;
    }

    @Override
    public int fold() {
        return fold;
    }

    /** Microseconds since 0001-01-01T00:00 of the wall-clock fields (no offset applied). */
    long wallMicros() {
        return (toOrdinal() - 1) * PTimedelta.MICROS_PER_DAY + microsOfDay();
    }

    /** Compares the wall-clock fields only, as CPython's memcmp of the data does (fold left out). */
    int compareFields(PDateTime other) {
        return Long.compare(wallMicros(), other.wallMicros());
    }
}
