package skein.stdlib.datetime;

import skein.interpreter.objects.PythonClass;
import skein.interpreter.objects.PythonObject;

/** A {@code datetime.time}: a time of day, a tzinfo (or None) and the PEP 495 fold. */
final class PTime extends PythonObject implements WallClock {

    private final int hour;
    private final int minute;
    private final int second;
    private final int microsecond;
    private final Object tzinfo;
    private final int fold;

    PTime(PythonClass cls, int hour, int minute, int second, int microsecond, Object tzinfo, int fold) {
        super(cls);
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
}
