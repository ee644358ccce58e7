package skein.stdlib.datetime;

import skein.interpreter.objects.PythonClass;
import skein.interpreter.objects.PythonObject;
import skein.stdlib.time.CivilCalendar;

/** A {@code datetime.date}: a valid day between 0001-01-01 and 9999-12-31. */
class PDate extends PythonObject {

    private final int year;
    private final int month;
    private final int day;

    PDate(PythonClass cls, int year, int month, int day) {
        super(cls);
        this.year = year;
        this.month = month;
        this.day = day;
    }

    final int year() {
        return year;
    }

    final int month() {
        return month;
    }

    final int day() {
        return day;
    }

    final long toOrdinal() {
        return CivilCalendar.toOrdinal(year, month, day);
    }

    /** Monday is 0. */
    final int weekday() {
        return CivilCalendar.weekday(year, month, day);
    }

    final int compareDate(PDate other) {
        if (year != other.year) {
            return Integer.compare(year, other.year);
        }
        if (month != other.month) {
            return Integer.compare(month, other.month);
        }
        return Integer.compare(day, other.day);
    }
}
