package skein.stdlib.datetime;

/** The time-of-day part that {@code time} and {@code datetime} share. */
interface WallClock {

    int hour();

    int minute();

    int second();

    int microsecond();

    /** The tzinfo object, or Python's None. */
    Object tzinfo();

    int fold();

    /** Microseconds since midnight. */
    default long microsOfDay() {
        return ((hour() * 60L + minute()) * 60 + second()) * 1_000_000L + microsecond();
    }
}
