package skein.interpreter.runtime.clock;

/**
 * The one source of time for a Python process: everything that reads the time
 * ({@code time.time}, {@code time.monotonic}, {@code datetime.now}...) or waits
 * ({@code time.sleep}, lock, condition and queue waits, {@code join}) goes through the
 * context's clock, so that a virtual clock can replace the real one without touching its users.
 *
 * <p>A blocking operation makes a {@link Waiter} with {@link #newWaiter}, publishes it where the
 * thread that will end the wait can find it (a lock's queue of waiters), and parks in
 * {@link #await}; the other thread ends the wait with {@link #signal}. Waits let Truffle
 * safepoints run, so a cancelled context stops the waiting threads.
 */
public interface Clock {

    /** Monotonic nanoseconds from an arbitrary origin: never goes backwards. */
    long nanoTime();

    /** Wall-clock nanoseconds since the Unix epoch (may jump when the system clock is set). */
    long epochNanos();

    /**
     * A wait of the current thread lasting at most {@code timeoutNanos} (negative: no limit).
     * {@code waitingFor} says what it waits for, for a deadlock report ({@code toString} is
     * called only then).
     */
    default Waiter newWaiter(long timeoutNanos, Object waitingFor) {
        long deadline = Waiter.NO_DEADLINE;
        if (timeoutNanos >= 0) {
            long now = nanoTime();
            deadline = timeoutNanos > Waiter.NO_DEADLINE - now ? Waiter.NO_DEADLINE - 1 : now + timeoutNanos;
        }
        return new Waiter(deadline, waitingFor);
    }

    /**
     * Blocks the current thread, which made {@code waiter}, until the wait is signalled or its
     * deadline passes; true when it was signalled.
     */
    boolean await(Waiter waiter);

    /**
     * Ends a wait as signalled and wakes its thread; false when the wait had already ended
     * (signalled before, or timed out), so that the caller can signal another waiter instead.
     */
    boolean signal(Waiter waiter);

    /** Blocks the calling thread for {@code nanos} nanoseconds of this clock's time. */
    default void sleep(long nanos) {
        if (nanos > 0) {
            await(newWaiter(nanos, "sleep"));
        }
    }

    /**
     * A thread of the program is about to start: called by the thread that starts it, before it
     * starts, so that the clock counts it from the moment it may run.
     */
    default void threadStarted() {
    }

    /** A thread of the program has ended (called by that thread, last). */
    default void threadEnded() {
    }

    /**
     * The program has ended: threads still running (daemons) never see time move again, as
     * they would never run again in CPython, whose process exits.
     */
    default void stop() {
    }
}
