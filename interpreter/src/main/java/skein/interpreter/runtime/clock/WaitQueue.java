package skein.interpreter.runtime.clock;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.BooleanSupplier;

/**
 * The threads waiting for one thing (a lock to be free, an event to be set, an item to arrive),
 * oldest first. Waiting follows one pattern: join the queue, then try once more, so that a
 * thread that makes the thing available either sees the waiter in the queue and signals it, or
 * made it available before the last try, which then succeeds. A signal that finds a wait
 * already ended (it timed out) passes to the next waiter, so no wake-up is lost.
 */
public final class WaitQueue {

    private final ConcurrentLinkedQueue<Waiter> waiters = new ConcurrentLinkedQueue<>();

    public boolean isEmpty() {
        return waiters.isEmpty();
    }

    /** How many waits are queued (some may have just ended); linear, for reprs and reports. */
    public int size() {
        return waiters.size();
    }

    /**
     * Blocks until {@code attempt} succeeds, trying again after each signal; false when
     * {@code timeoutNanos} (negative: no limit) passes first. The caller tried once already.
     */
    @TruffleBoundary
    public boolean await(Clock clock, long timeoutNanos, Object waitingFor, BooleanSupplier attempt) {
        long deadline = timeoutNanos < 0 ? -1 : clock.nanoTime() + timeoutNanos;
        while (true) {
            long remaining = deadline < 0 ? -1 : Math.max(0, deadline - clock.nanoTime());
            Waiter waiter = clock.newWaiter(remaining, waitingFor);
            waiters.add(waiter);
            boolean signalled = false;
            try {
                if (attempt.getAsBoolean()) {
                    return true;
                }
                signalled = remaining != 0 && clock.await(waiter);
                if (!signalled) {
                    return attempt.getAsBoolean();
                }
            } finally {
                if (!signalled) {
                    withdraw(clock, waiter);
                }
            }
        }
    }

    /**
     * Takes back a wait that no longer needs a signal (its thread got what it waited for, timed
     * out, or left by an exception). A signal that reached it meanwhile was meant for some
     * waiter; it passes to the next one, else that one could sleep with the thing available.
     */
    @TruffleBoundary
    public void withdraw(Clock clock, Waiter waiter) {
        waiters.remove(waiter);
        if (!waiter.markTimedOut() && waiter.isSignalled()) {
            signalOne(clock);
        }
    }

    /** Adds a wait that the caller ends with {@link Clock#await} (a condition's waiter). */
    public void add(Waiter waiter) {
        waiters.add(waiter);
    }

    public void remove(Waiter waiter) {
        waiters.remove(waiter);
    }

    /** Wakes the oldest thread whose wait has not ended; false when there was none. */
    @TruffleBoundary
    public boolean signalOne(Clock clock) {
        Waiter waiter;
        while ((waiter = waiters.poll()) != null) {
            if (clock.signal(waiter)) {
                return true;
            }
        }
        return false;
    }

    /** Wakes every waiting thread. */
    @TruffleBoundary
    public void signalAll(Clock clock) {
        Waiter waiter;
        while ((waiter = waiters.poll()) != null) {
            clock.signal(waiter);
        }
    }
}
