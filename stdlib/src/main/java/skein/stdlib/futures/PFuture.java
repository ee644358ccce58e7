package skein.stdlib.futures;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import skein.interpreter.SkeinContext;
import skein.interpreter.objects.PNone;
import skein.interpreter.objects.PythonClass;
import skein.interpreter.objects.PythonObject;
import skein.interpreter.runtime.Calls;
import skein.interpreter.runtime.Reprs;
import skein.interpreter.runtime.clock.Clock;
import skein.interpreter.runtime.clock.WaitQueue;
import skein.interpreter.runtime.exception.PException;

import java.util.ArrayList;
import java.util.List;

/**
 * A {@code concurrent.futures.Future}: the state machine pending, running, cancelled (then
 * cancelled-and-notified once an executor saw it), finished. Each transition happens under
 * the future's monitor, which guards the state, the callbacks and the waiters of
 * {@code wait}/{@code as_completed}; no Python code runs under it. The done-callbacks run on
 * the thread that finished (or cancelled) the future, in the order they were added, and only
 * then do the threads blocked in {@code result()}, {@code wait} or {@code as_completed} wake
 * (through the clock): CPython wakes them first, but its GIL nearly always lets the callbacks
 * run before they do, and programs print in that order.
 */
public final class PFuture extends PythonObject {

    /** CPython's state names ({@code Future._state}) and what the repr calls them. */
    public enum State {
        PENDING("pending"),
        RUNNING("running"),
        CANCELLED("cancelled"),
        CANCELLED_AND_NOTIFIED("cancelled"),
        FINISHED("finished");

        final String description;

        State(String description) {
            this.description = description;
        }

        boolean isCancelled() {
            return this == CANCELLED || this == CANCELLED_AND_NOTIFIED;
        }
    }

    /** Why a transition was refused: the state it found, for the InvalidStateError message. */
    static final class RefusedTransition extends Exception {
        private static final long serialVersionUID = 1L;
        final transient State found;

        RefusedTransition(State found) {
            super(null, null, false, false);
            this.found = found;
        }
    }

    private volatile State state = State.PENDING;
    /** Written before the state becomes FINISHED, which publishes them. */
    private Object result = PNone.NONE;
    private Object exception = PNone.NONE;
    /** Threads in {@code result()} or {@code exception()}. */
    private final WaitQueue waiters = new WaitQueue();
    /** Guarded by this future; null until the first callback. */
    private List<Object> callbacks;
    /** The waits of {@code wait()} and {@code as_completed()} to tell; guarded by this future. */
    private List<CompletionWaiter> completionWaiters;

    public PFuture(PythonClass cls) {
        super(cls);
    }

    public State state() {
        return state;
    }

    /** The result, meaningful once finished. */
    public Object result() {
        return result;
    }

    /** The exception set, or None; meaningful once finished. */
    public Object exception() {
        return exception;
    }

    public boolean isCancelled() {
        return state.isCancelled();
    }

    /** Cancelled or finished: what {@code done()} and the waits of {@code result()} look for. */
    public boolean isDone() {
        return state != State.PENDING && state != State.RUNNING;
    }

    /** Finished, or cancelled and seen so by an executor: what {@code wait} and {@code as_completed} count as done. */
    boolean isCompleted() {
        State s = state;
        return s == State.FINISHED || s == State.CANCELLED_AND_NOTIFIED;
    }

    /** {@code cancel()}: true unless the future runs or has finished; callbacks run on the first cancel. */
    @TruffleBoundary
    public boolean cancel(Clock clock) {
        List<Object> toCall;
        synchronized (this) {
            if (state == State.RUNNING || state == State.FINISHED) {
                return false;
            }
            if (state.isCancelled()) {
                return true;
            }
            state = State.CANCELLED;
            toCall = callbacksSnapshot();
        }
        try {
            invokeCallbacks(toCall);
        } finally {
            wakeWaiters(clock);
        }
        return true;
    }

    /**
     * {@code set_running_or_notify_cancel()}: true when the future is now running; false when it
     * was cancelled, which {@code wait} and {@code as_completed} now hear of.
     */
    @TruffleBoundary
    public boolean setRunningOrNotifyCancel(Clock clock) throws RefusedTransition {
        synchronized (this) {
            if (state == State.CANCELLED) {
                state = State.CANCELLED_AND_NOTIFIED;
                if (completionWaiters != null) {
                    for (CompletionWaiter waiter : completionWaiters) {
                        waiter.addCancelled(this, clock);
                    }
                }
                return false;
            }
            if (state == State.PENDING) {
                state = State.RUNNING;
                return true;
            }
            throw new RefusedTransition(state);
        }
    }

    /** {@code set_result(value)}; refused once cancelled or finished. */
    @TruffleBoundary
    public void setResult(Clock clock, Object value) throws RefusedTransition {
        finish(clock, value, PNone.NONE);
    }

    /** {@code set_exception(exc)}; refused once cancelled or finished. */
    @TruffleBoundary
    public void setException(Clock clock, Object raised) throws RefusedTransition {
        finish(clock, PNone.NONE, raised);
    }

    private void finish(Clock clock, Object value, Object raised) throws RefusedTransition {
        List<Object> toCall;
        List<CompletionWaiter> toTell;
        synchronized (this) {
            if (state.isCancelled() || state == State.FINISHED) {
                throw new RefusedTransition(state);
            }
            result = value;
            exception = raised;
            state = State.FINISHED;
            toCall = callbacksSnapshot();
            toTell = completionWaiters == null ? List.of() : new ArrayList<>(completionWaiters);
        }
        try {
            invokeCallbacks(toCall);
        } finally {
            boolean failed = raised != PNone.NONE;
            for (CompletionWaiter waiter : toTell) {
                waiter.addFinished(this, failed, clock);
            }
            wakeWaiters(clock);
        }
    }

    private List<Object> callbacksSnapshot() {
        return callbacks == null ? List.of() : new ArrayList<>(callbacks);
    }

    private void wakeWaiters(Clock clock) {
        if (!waiters.isEmpty()) {
            waiters.signalAll(clock);
        }
    }

    /** {@code add_done_callback(fn)}: kept while the future is not done, else called at once. */
    @TruffleBoundary
    public void addDoneCallback(Object callback) {
        synchronized (this) {
            if (!isDone()) {
                if (callbacks == null) {
                    callbacks = new ArrayList<>();
                }
                callbacks.add(callback);
                return;
            }
        }
        invokeCallbacks(List.of(callback));
    }

    /** Each callback gets the future; an Exception it raises is logged, anything else propagates. */
    private void invokeCallbacks(List<Object> toCall) {
        for (Object callback : toCall) {
            try {
                Calls.call(callback, this);
            } catch (PException e) {
                SkeinContext context = SkeinContext.get(null);
                if (!e.pythonClass().isSubclassOf(context.types().exception)) {
                    throw e;
                }
                LastResortLog.exception(context, "exception calling callback for " + Reprs.repr(this), e);
            }
        }
    }

    /**
     * Waits until the future is done, at most {@code timeoutNanos} (negative: no limit; 0: not at
     * all); true when it is.
     */
    @TruffleBoundary
    public boolean awaitDone(Clock clock, long timeoutNanos) {
        if (isDone() || timeoutNanos == 0) {
            return isDone();
        }
        return waiters.await(clock, timeoutNanos, this, this::isDone);
    }

    /**
     * Tells {@code waiter} of this future's completion: at once if it has completed, else when it
     * does (the waiter is kept until {@link #removeCompletionWaiter}).
     */
    synchronized void addCompletionWaiter(CompletionWaiter waiter, Clock clock) {
        if (state == State.FINISHED) {
            waiter.addFinished(this, exception != PNone.NONE, clock);
            return;
        }
        if (state == State.CANCELLED_AND_NOTIFIED) {
            waiter.addCancelled(this, clock);
            return;
        }
        if (completionWaiters == null) {
            completionWaiters = new ArrayList<>(1);
        }
        completionWaiters.add(waiter);
    }

    synchronized void removeCompletionWaiter(CompletionWaiter waiter) {
        if (completionWaiters != null) {
            completionWaiters.remove(waiter);
        }
    }
}
