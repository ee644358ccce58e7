package skein.interpreter.runtime.clock;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.TruffleSafepoint;

import java.time.Instant;
import java.util.concurrent.TimeUnit;

/** The machine's clocks: {@link System#nanoTime} and the system wall clock. */
public final class RealClock implements Clock {

    @Override
    public long nanoTime() {
        return System.nanoTime();
    }

    @Override
    @TruffleBoundary
    public long epochNanos() {
        Instant now = Instant.now();
        return now.getEpochSecond() * 1_000_000_000L + now.getNano();
    }

    @Override
    @TruffleBoundary
    public void sleep(long nanos) {
        if (nanos <= 0) {
            return;
        }
        long deadline = System.nanoTime() + nanos;
        // Safepoint actions interrupt the thread; after they ran, the sleep resumes with
        // whatever is left until the deadline.
        TruffleSafepoint.setBlockedThreadInterruptible(null, until -> {
            long remaining = until - System.nanoTime();
            if (remaining > 0) {
                TimeUnit.NANOSECONDS.sleep(remaining);
            }
        }, deadline);
    }
}
