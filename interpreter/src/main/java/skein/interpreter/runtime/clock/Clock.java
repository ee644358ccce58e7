package skein.interpreter.runtime.clock;

/**
 * The one source of time for a Python process: everything that reads the time
 * ({@code time.time}, {@code time.monotonic}, {@code datetime.now}...) or waits for it to
 * pass ({@code time.sleep}, timed waits) goes through the context's clock, so that a virtual
 * clock can replace the real one without touching its users.
 */
public interface Clock {

    /** Monotonic nanoseconds from an arbitrary origin: never goes backwards. */
    long nanoTime();

    /** Wall-clock nanoseconds since the Unix epoch (may jump when the system clock is set). */
    long epochNanos();

    /**
     * Blocks the calling thread for {@code nanos} nanoseconds of this clock's time. The wait
     * lets Truffle safepoints run, so a cancelled or interrupted context stops the sleeper.
     */
    void sleep(long nanos);
}
