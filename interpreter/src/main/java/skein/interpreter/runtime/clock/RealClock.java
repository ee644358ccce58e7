package skein.interpreter.runtime.clock;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.TruffleSafepoint;

import java.time.Instant;
import java.util.concurrent.locks.LockSupport;

/** The machine's clocks: {@link System#nanoTime} and the system wall clock; waits park the thread. */
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
    public boolean await(Waiter waiter) {
        // Safepoint actions interrupt the parked thread; after they ran, parking resumes with
        // whatever is left until the deadline.
        TruffleSafepoint.setBlockedThreadInterruptible(null, RealClock::park, waiter);
        return waiter.isSignalled();
    }

    private static void park(Waiter waiter) throws InterruptedException {
        while (waiter.isWaiting()) {
            if (waiter.deadline == Waiter.NO_DEADLINE) {
                LockSupport.park(waiter);
            } else {
                long remaining = waiter.deadline - System.nanoTime();
                if (remaining <= 0) {
                    waiter.markTimedOut();
                    return;
                }
                LockSupport.parkNanos(waiter, remaining);
            }
            if (Thread.interrupted()) {
                throw new InterruptedException();
            }
        }
    }

    @Override
    @TruffleBoundary
    public boolean signal(Waiter waiter) {
        if (!waiter.markSignalled()) {
            return false;
        }
        LockSupport.unpark(waiter.thread);
        return true;
    }
}
