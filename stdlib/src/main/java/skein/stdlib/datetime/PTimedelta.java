package skein.stdlib.datetime;

import java.math.BigInteger;

import skein.interpreter.objects.PythonClass;
import skein.interpreter.objects.PythonObject;
import skein.interpreter.runtime.exception.PythonErrors;

/**
 * A {@code datetime.timedelta}: normalized so that {@code 0 <= seconds < 86400} and
 * {@code 0 <= microseconds < 1000000}, with {@code |days| <= 999999999}.
 */
final class PTimedelta extends PythonObject {

    static final long MAX_DAYS = 999_999_999;
    static final long MICROS_PER_SECOND = 1_000_000;
    static final long MICROS_PER_DAY = 86_400L * MICROS_PER_SECOND;
    private static final BigInteger BIG_MICROS_PER_SECOND = BigInteger.valueOf(MICROS_PER_SECOND);
    private static final BigInteger SECONDS_PER_DAY = BigInteger.valueOf(86_400);

    private final long days;
    private final int seconds;
    private final int microseconds;

    PTimedelta(PythonClass cls, long days, int seconds, int microseconds) {
        super(cls);
        this.days = days;
        this.seconds = seconds;
        this.microseconds = microseconds;
    }

    /** The timedelta of {@code micros} microseconds, OverflowError beyond timedelta's range. */
    static PTimedelta of(PythonClass cls, BigInteger micros) {
        BigInteger[] secondsAndMicros = micros.divideAndRemainder(BIG_MICROS_PER_SECOND);
        BigInteger totalSeconds = secondsAndMicros[0];
        long us = secondsAndMicros[1].longValue();
        if (us < 0) {
            us += MICROS_PER_SECOND;
            totalSeconds = totalSeconds.subtract(BigInteger.ONE);
        }
        BigInteger[] daysAndSeconds = totalSeconds.divideAndRemainder(SECONDS_PER_DAY);
        BigInteger days = daysAndSeconds[0];
        long s = daysAndSeconds[1].longValue();
        if (s < 0) {
            s += 86_400;
            days = days.subtract(BigInteger.ONE);
        }
        if (days.bitLength() > 31) {
            throw PythonErrors.overflowError("Python int too large to convert to C int");
        }
        return checked(cls, days.longValue(), (int) s, (int) us);
    }

    static PTimedelta of(PythonClass cls, long micros) {
        long us = Math.floorMod(micros, MICROS_PER_SECOND);
        long totalSeconds = Math.floorDiv(micros, MICROS_PER_SECOND);
        return checked(cls, Math.floorDiv(totalSeconds, 86_400), (int) Math.floorMod(totalSeconds, 86_400), (int) us);
    }

    /** From components that are already normalized apart from the range of {@code days}. */
    static PTimedelta checked(PythonClass cls, long days, int seconds, int microseconds) {
        if (Math.abs(days) > MAX_DAYS) {
            throw PythonErrors.overflowError("days=" + days + "; must have magnitude <= " + MAX_DAYS);
        }
        return new PTimedelta(cls, days, seconds, microseconds);
    }

    long days() {
        return days;
    }

    int seconds() {
        return seconds;
    }

    int microseconds() {
        return microseconds;
    }

    /** The whole length in microseconds, which can pass a long's range near the extremes. */
    BigInteger totalMicros() {
        return BigInteger.valueOf(days).multiply(BigInteger.valueOf(MICROS_PER_DAY))
                .add(BigInteger.valueOf(seconds * MICROS_PER_SECOND + microseconds));
    }

    /** The length in microseconds when it fits a long (within about 106 million days), else null. */
    Long totalMicrosIfLong() {
        try {
            return Math.addExact(Math.multiplyExact(days, MICROS_PER_DAY), seconds * MICROS_PER_SECOND + microseconds);
        } catch (ArithmeticException e) {
            return null;
        }
    }

    boolean isZero() {
        return days == 0 && seconds == 0 && microseconds == 0;
    }

    int compareTo(PTimedelta other) {
        if (days != other.days) {
            return Long.compare(days, other.days);
        }
        if (seconds != other.seconds) {
            return Integer.compare(seconds, other.seconds);
        }
        return Integer.compare(microseconds, other.microseconds);
    }
}
