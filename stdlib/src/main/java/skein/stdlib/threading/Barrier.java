package skein.stdlib.threading;

import skein.interpreter.objects.PNone;
import skein.interpreter.objects.PythonClass;
import skein.interpreter.objects.PythonObject;
import skein.interpreter.runtime.Calls;
import skein.interpreter.runtime.Comparisons;
import skein.interpreter.runtime.Truthiness;
import skein.interpreter.runtime.clock.Clock;
import skein.interpreter.runtime.exception.PException;
import skein.interpreter.runtime.exception.PythonErrors;
import skein.stdlib.thread.Lock;

/**
 * {@code threading.Barrier}: {@code parties} threads wait until all have arrived, then all go on.
 * It keeps CPython's states: it fills until the last party arrives (who runs the action and
 * releases the others), drains until every released thread has left (newcomers wait for the next
 * round meanwhile), and is reset or broken by {@code reset}, {@code abort}, a timeout or a failed
 * action. The state is guarded by a lock that is held while the action runs, as in CPython, so
 * the action may be any Python code; {@code n_waiting} and {@code broken} read it without the lock.
 */
public final class Barrier extends PythonObject {

    private static final int FILLING = 0;
    private static final int DRAINING = 1;
    private static final int RESETTING = -1;
    private static final int BROKEN = -2;

    private final Lock lock;
    private final Condition changed;
    private final PythonClass brokenError;
    private volatile Object parties = 0L;
    private volatile Object action = PNone.NONE;
    private volatile Object defaultTimeout = PNone.NONE;
    private volatile int state = FILLING;
    /** Threads inside {@link #await}: arrived and not yet left. */
    private volatile long count;

    /** {@code lockType} and {@code conditionType} type the hidden lock and condition CPython's barrier has too. */
    public Barrier(PythonClass cls, PythonClass lockType, PythonClass conditionType, PythonClass brokenError) {
        super(cls);
        this.lock = new Lock(lockType);
        this.changed = new Condition(conditionType);
        this.changed.setLock(lock);
        this.brokenError = brokenError;
    }

    /** {@code __init__}: CPython checks none of these, so neither does this. */
    public void init(Object parties, Object action, Object timeout) {
        this.parties = parties;
        this.action = action;
        this.defaultTimeout = timeout;
        this.state = FILLING;
        this.count = 0;
    }

    /** Waits for the other parties; returns this thread's arrival index (0 for the first). */
    public long await(Clock clock, Object timeout) {
        Object limit = timeout == PNone.NONE ? defaultTimeout : timeout;
        lock.acquire(clock, -1);
        try {
            waitUntilFilling(clock);
            long index = count;
            count = index + 1;
            try {
                if (completes(index + 1)) {
                    releaseAll(clock);
                } else {
                    waitForRelease(clock, limit);
                }
                return index;
            } finally {
                count--;
                leave(clock);
            }
        } finally {
            lock.release(clock);
        }
    }

    private void waitUntilFilling(Clock clock) {
        while (state == DRAINING || state == RESETTING) {
            changed.await(clock, -1, this);
        }
        if (state == BROKEN) {
            throw broken();
        }
    }

    /** {@code index + 1 == parties}, compared as Python compares them when parties is not an int. */
    private boolean completes(long arrivals) {
        Object wanted = parties;
        return wanted instanceof Long n ? n == arrivals : Comparisons.equal(arrivals, wanted);
    }

    /** The last arrival runs the action; if it raises, the barrier breaks and the error goes on up. */
    private void releaseAll(Clock clock) {
        boolean ran = false;
        try {
            Object run = action;
            if (Truthiness.isTrue(run)) {
                Calls.call(run);
            }
            ran = true;
        } finally {
            if (!ran) {
                breakBarrier(clock);
            }
        }
        state = DRAINING;
        changed.notifyAll(clock);
    }

    private void waitForRelease(Clock clock, Object timeout) {
        Object released = WaitFor.run(clock, () -> state != FILLING, timeout,
                left -> changed.await(clock, WaitTimeouts.conditionWaitNanos(left), this));
        if (!Truthiness.isTrue(released)) {
            breakBarrier(clock);
            throw broken();
        }
        if (state < 0) {
            throw broken();
        }
    }

    /** The last thread to leave a drained or reset barrier opens it for the next round. */
    private void leave(Clock clock) {
        if (count == 0 && (state == DRAINING || state == RESETTING)) {
            state = FILLING;
            changed.notifyAll(clock);
        }
    }

    /** Breaks the barrier and sends the threads inside it away with BrokenBarrierError. */
    public void abort(Clock clock) {
        lock.acquire(clock, -1);
        try {
            breakBarrier(clock);
        } finally {
            lock.release(clock);
        }
    }

    /** Back to filling: threads waiting now leave with BrokenBarrierError, a broken barrier mends. */
    public void reset(Clock clock) {
        lock.acquire(clock, -1);
        try {
            if (count > 0) {
                if (state == FILLING || state == BROKEN) {
                    state = RESETTING;
                }
            } else {
                state = FILLING;
            }
            changed.notifyAll(clock);
        } finally {
            lock.release(clock);
        }
    }

    private void breakBarrier(Clock clock) {
        state = BROKEN;
        changed.notifyAll(clock);
    }

    private PException broken() {
        return PythonErrors.createWithArgs(brokenError);
    }

    public Object parties() {
        return parties;
    }

    /** Threads waiting for the round to complete (0 while the barrier drains, resets or is broken). */
    public long waiting() {
        return state == FILLING ? count : 0;
    }

    public boolean isBroken() {
        return state == BROKEN;
    }
}
