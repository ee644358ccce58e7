package skein.interpreter.runtime.clock;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.TruffleSafepoint;

import java.util.PriorityQueue;

/**
 * Virtual time: the clock stands still while any thread of the program can run, and when
 * every one of them is blocked it jumps to the earliest deadline they wait for, so a program
 * that sleeps for an hour finishes at once, printing what it would have printed. The program's
 * threads are counted (the main thread from the start; others through {@link #threadStarted}
 * and {@link #threadEnded}), and a thread blocked in {@link #sleep} is not running.
 */
public final class VirtualClock implements Clock {

    /** A thread waiting for the clock to reach its deadline. */
    private static final class Sleeper implements Comparable<Sleeper> {
        final long deadline;
        boolean woken;

        Sleeper(long deadline) {
            this.deadline = deadline;
        }

        @Override
        public int compareTo(Sleeper other) {
            return Long.compare(deadline, other.deadline);
        }
    }

    private final Object monitor = new Object();
    /** Wall-clock time at virtual time zero, so that {@code time.time()} starts from the real date. */
    private final long epochAtZero;
    private long now;
    /** Threads of the program that can run (not blocked on this clock). */
    private int running = 1;
    private final PriorityQueue<Sleeper> sleepers = new PriorityQueue<>();

    public VirtualClock(long epochAtZero) {
        this.epochAtZero = epochAtZero;
    }

    @Override
    @TruffleBoundary
    public long nanoTime() {
        synchronized (monitor) {
            return now;
        }
    }

    @Override
    public long epochNanos() {
        return epochAtZero + nanoTime();
    }

    /** A new thread of the program started running. */
    @TruffleBoundary
    public void threadStarted() {
        synchronized (monitor) {
            running++;
        }
    }

    /** A thread of the program ended; if the others are all blocked, time moves on. */
    @TruffleBoundary
    public void threadEnded() {
        synchronized (monitor) {
            running--;
            advanceIfAllBlocked();
        }
    }

    @Override
    @TruffleBoundary
    public void sleep(long nanos) {
        if (nanos <= 0) {
            return;
        }
        Sleeper sleeper;
        synchronized (monitor) {
            sleeper = new Sleeper(now + nanos);
            sleepers.add(sleeper);
            running--;
            advanceIfAllBlocked();
        }
        TruffleSafepoint.setBlockedThreadInterruptible(null, this::awaitWoken, sleeper);
    }

    private void awaitWoken(Sleeper sleeper) throws InterruptedException {
        synchronized (monitor) {
            while (!sleeper.woken) {
                monitor.wait();
            }
        }
    }

    /**
     * When no thread can run, time jumps to the earliest deadline and the threads waiting for
     * it are woken, counted as running at once so that no other thread sees them still asleep.
     */
    private void advanceIfAllBlocked() {
        if (running > 0 || sleepers.isEmpty()) {
            return;
        }
        now = Math.max(now, sleepers.peek().deadline);
        while (!sleepers.isEmpty() && sleepers.peek().deadline <= now) {
            sleepers.poll().woken = true;
            running++;
        }
        monitor.notifyAll();
    }
}
