package skein.interpreter.runtime.clock;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.TruffleSafepoint;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.function.Consumer;
import java.util.concurrent.locks.LockSupport;

/**
 * Virtual time: the clock stands still while any thread of the program can run, and when
 * every one of them is blocked it jumps to the earliest deadline they wait for, so a program
 * that sleeps for an hour finishes at once, printing what it would have printed. The program's
 * threads are counted (the main thread from the start; others through {@link #threadStarted}
 * and {@link #threadEnded}); a thread blocked in {@link #await} is not running, and the thread
 * that signals it counts it as running again at once, so time never moves while a woken thread
 * has yet to run. When every thread is blocked and none has a deadline, the program can never
 * go on: the clock hands the waits to its deadlock handler. A clock may have a limit: it never
 * passes it, so the threads waiting beyond wait forever, as in a program stopped at that moment.
 */
public final class VirtualClock implements Clock {

    private final Object monitor = new Object();
    /** Wall-clock time at virtual time zero, so that {@code time.time()} starts from the real date. */
    private final long epochAtZero;
    /** The time the clock never passes. */
    private final long limit;
    private long now;
    /** Threads of the program that can run (not blocked on this clock). */
    private int running = 1;
    /** Every blocked wait, in the order the threads blocked. */
    private final Set<Waiter> blocked = new LinkedHashSet<>();
    /** The blocked waits that have a deadline, earliest first. */
    private final PriorityQueue<Waiter> sleepers = new PriorityQueue<>(Comparator.comparingLong(w -> w.deadline));
    private boolean stopped;
    private Consumer<List<Waiter>> deadlockHandler = waits -> {
    };

    public VirtualClock(long epochAtZero) {
        this(epochAtZero, Waiter.NO_DEADLINE);
    }

    public VirtualClock(long epochAtZero, long limit) {
        this.epochAtZero = epochAtZero;
        this.limit = limit;
    }

    /** What to do when every thread waits without a deadline: called once, on the thread that blocked last. */
    public void onDeadlock(Consumer<List<Waiter>> handler) {
        this.deadlockHandler = handler;
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

    @Override
    @TruffleBoundary
    public void threadStarted() {
        synchronized (monitor) {
            running++;
        }
    }

    @Override
    @TruffleBoundary
    public void threadEnded() {
        List<Waiter> deadlocked;
        synchronized (monitor) {
            running--;
            deadlocked = advanceIfAllBlocked();
        }
        reportIfDeadlocked(deadlocked);
    }

    @Override
    @TruffleBoundary
    public void stop() {
        synchronized (monitor) {
            stopped = true;
        }
    }

    @Override
    @TruffleBoundary
    public boolean await(Waiter waiter) {
        List<Waiter> deadlocked;
        synchronized (monitor) {
            if (!waiter.isWaiting()) {
                return waiter.isSignalled();
            }
            if (waiter.deadline <= now) {
                waiter.markTimedOut();
                return waiter.isSignalled();
            }
            waiter.blocked = true;
            blocked.add(waiter);
            if (waiter.deadline != Waiter.NO_DEADLINE) {
                sleepers.add(waiter);
            }
            running--;
            deadlocked = advanceIfAllBlocked();
        }
        reportIfDeadlocked(deadlocked);
        try {
            TruffleSafepoint.setBlockedThreadInterruptible(null, VirtualClock::parkWhileBlocked, waiter);
        } catch (RuntimeException | Error unwinding) {
            abandon(waiter);
            throw unwinding;
        }
        return waiter.isSignalled();
    }

    /**
     * A safepoint action threw into a parked thread (a context closing, an interrupt): its
     * wait ends as timed out unless a signal came first, and the thread counts as running
     * again while it unwinds, or time could jump or a deadlock be reported under it.
     */
    private void abandon(Waiter waiter) {
        synchronized (monitor) {
            waiter.markTimedOut();
            if (waiter.blocked) {
                sleepers.remove(waiter);
                unblock(waiter);
            }
        }
    }

    private static void parkWhileBlocked(Waiter waiter) throws InterruptedException {
        while (waiter.blocked) {
            LockSupport.park(waiter);
            if (Thread.interrupted()) {
                throw new InterruptedException();
            }
        }
    }

    @Override
    @TruffleBoundary
    public boolean signal(Waiter waiter) {
        synchronized (monitor) {
            if (!waiter.markSignalled()) {
                return false;
            }
            if (waiter.blocked) {
                sleepers.remove(waiter);
                unblock(waiter);
            }
            return true;
        }
    }

    /** Counts a blocked thread as running again and wakes it. Under the monitor. */
    private void unblock(Waiter waiter) {
        blocked.remove(waiter);
        running++;
        waiter.blocked = false;
        LockSupport.unpark(waiter.thread);
    }

    /**
     * When no thread can run, time jumps to the earliest deadline and the waits that end by then
     * time out, their threads counted as running at once so that no other thread sees them still
     * blocked. Returns the blocked waits when none has a deadline (a deadlock), else null. Under
     * the monitor.
     */
    private List<Waiter> advanceIfAllBlocked() {
        if (stopped || running > 0) {
            return null;
        }
        if (sleepers.isEmpty()) {
            if (blocked.isEmpty()) {
                return null;
            }
            stopped = true;
            return new ArrayList<>(blocked);
        }
        if (sleepers.peek().deadline > limit) {
            now = Math.max(now, limit);
            stopped = true;
            return null;
        }
        now = Math.max(now, sleepers.peek().deadline);
        while (!sleepers.isEmpty() && sleepers.peek().deadline <= now) {
            Waiter waiter = sleepers.poll();
            waiter.markTimedOut();
            unblock(waiter);
        }
        return null;
    }

    private void reportIfDeadlocked(List<Waiter> deadlocked) {
        if (deadlocked != null) {
            deadlockHandler.accept(deadlocked);
        }
    }
}
