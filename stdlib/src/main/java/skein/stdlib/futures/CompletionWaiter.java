package skein.stdlib.futures;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import skein.interpreter.runtime.clock.Clock;
import skein.interpreter.runtime.clock.WaitQueue;

import java.util.ArrayList;
import java.util.List;

/**
 * What {@code wait()} and {@code as_completed()} block on (CPython's {@code _Waiter} and its
 * subclasses): the futures watched tell it as they complete, it collects them in completion
 * order and raises its flag when its condition holds: any completion for
 * {@code as_completed} and {@code FIRST_COMPLETED}, all pending futures for
 * {@code ALL_COMPLETED}, all or the first exception for {@code FIRST_EXCEPTION}.
 */
final class CompletionWaiter {

    enum Condition { AS_COMPLETED, FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED }

    private final Condition condition;
    /** What a deadlock report says the waiting thread waits for. */
    private final String description;
    private final WaitQueue waiting = new WaitQueue();
    /** Guarded by this waiter, as are {@link #flag} and {@link #pending}. */
    private List<PFuture> finished = new ArrayList<>();
    private boolean flag;
    /** Futures still to complete, counted for ALL_COMPLETED and FIRST_EXCEPTION. */
    private int pending;

    CompletionWaiter(Condition condition, int pending, String description) {
        this.condition = condition;
        this.pending = pending;
        this.description = description;
    }

    /** A watched future finished, with an exception when {@code failed}. */
    void addFinished(PFuture future, boolean failed, Clock clock) {
        boolean raise;
        synchronized (this) {
            finished.add(future);
            raise = switch (condition) {
                case AS_COMPLETED, FIRST_COMPLETED -> true;
                case FIRST_EXCEPTION -> failed || --pending == 0;
                case ALL_COMPLETED -> --pending == 0;
            };
            raise = raise && setFlag();
        }
        if (raise) {
            waiting.signalAll(clock);
        }
    }

    /** A watched future's cancellation reached an executor. Called under the future's monitor. */
    void addCancelled(PFuture future, Clock clock) {
        boolean raise;
        synchronized (this) {
            finished.add(future);
            raise = switch (condition) {
                case AS_COMPLETED, FIRST_COMPLETED -> true;
                case FIRST_EXCEPTION, ALL_COMPLETED -> --pending == 0;
            };
            raise = raise && setFlag();
        }
        if (raise) {
            waiting.signalAll(clock);
        }
    }

    /** Raises the flag; true when it was down (so waiting threads need waking). Under the monitor. */
    private boolean setFlag() {
        boolean wasDown = !flag;
        flag = true;
        return wasDown;
    }

    private synchronized boolean isFlagSet() {
        return flag;
    }

    /**
     * Waits until the flag is raised, at most {@code timeoutNanos} (negative: no limit; 0: not at
     * all), as {@code waiter.event.wait(timeout)} does.
     */
    @TruffleBoundary
    void await(Clock clock, long timeoutNanos) {
        if (isFlagSet() || timeoutNanos == 0) {
            return;
        }
        waiting.await(clock, timeoutNanos, description, this::isFlagSet);
    }

    /** The futures completed since the last call, oldest first; the flag goes down. */
    synchronized List<PFuture> takeFinished() {
        List<PFuture> taken = finished;
        finished = new ArrayList<>();
        flag = false;
        return taken;
    }

    /** The futures completed so far, oldest first. */
    synchronized List<PFuture> finished() {
        return new ArrayList<>(finished);
    }
}
