package skein.stdlib.threading;

import skein.interpreter.objects.PNone;
import skein.interpreter.objects.PythonClass;
import skein.interpreter.objects.PythonObject;
import skein.interpreter.runtime.Attributes;
import skein.interpreter.runtime.Calls;
import skein.interpreter.runtime.Truthiness;
import skein.interpreter.runtime.clock.Clock;
import skein.interpreter.runtime.clock.WaitQueue;
import skein.interpreter.runtime.clock.Waiter;
import skein.stdlib.thread.Lock;
import skein.stdlib.thread.RLock;

/**
 * {@code threading.Condition}: waiting threads release the condition's lock, block until
 * notified (or their timeout passes), and take the lock back. The lock is Skein's
 * {@link Lock} or {@link RLock}, used directly, or any Python object with
 * {@code acquire}/{@code release}, used through its methods (and through
 * {@code _release_save}, {@code _acquire_restore}, {@code _is_owned} when it has them), as
 * CPython's Condition does. Callers check ownership before {@link #await} and {@link #notify}.
 */
public final class Condition extends PythonObject {

    private volatile Object lock;
    private final WaitQueue waiters = new WaitQueue();

    public Condition(PythonClass cls) {
        super(cls);
    }

    /** {@code __init__}: the lock this condition uses (made by the caller when none was given). */
    public void setLock(Object lock) {
        this.lock = lock;
    }

    public Object lock() {
        return lock;
    }

    /**
     * Releases the lock, waits until notified or {@code timeoutNanos} passes (negative: no
     * limit; 0: returns at once), takes the lock back; true when notified.
     */
    public boolean await(Clock clock, long timeoutNanos) {
        return await(clock, timeoutNanos, this);
    }

    /**
     * {@link #await(Clock, long)} for a condition that serves another object (a barrier's), which
     * a deadlock report names as {@code waitingFor}.
     */
    public boolean await(Clock clock, long timeoutNanos, Object waitingFor) {
        Waiter waiter = clock.newWaiter(timeoutNanos, waitingFor);
        waiters.add(waiter);
        boolean notified = false;
        try {
            Object saved = releaseSave(clock);
            try {
                notified = clock.await(waiter);
            } finally {
                acquireRestore(clock, saved);
            }
        } finally {
            if (!notified) {
                waiters.withdraw(clock, waiter);
            }
        }
        return notified;
    }

    /** Wakes up to {@code n} waiting threads whose waits have not ended. */
    public void notify(Clock clock, long n) {
        long woken = 0;
        while (woken < n && waiters.signalOne(clock)) {
            woken++;
        }
    }

    /** Wakes the longest-waiting thread whose wait has not ended; false when there was none. */
    public boolean notifyOne(Clock clock) {
        return waiters.signalOne(clock);
    }

    public void notifyAll(Clock clock) {
        waiters.signalAll(clock);
    }

    /** {@code with condition:} takes the lock as the lock's own {@code __enter__} does; returns what that returns. */
    public Object enter(Clock clock) {
        if (lock instanceof RLock rlock) {
            return rlock.acquire(clock, -1);
        }
        if (lock instanceof Lock plain) {
            return plain.acquire(clock, -1);
        }
        return Calls.callMethod(lock, "__enter__");
    }

    /** The end of a {@code with} block: the lock's own {@code __exit__} with the block's outcome. */
    public Object exit(Clock clock, Object[] outcome) {
        if (lock instanceof RLock rlock) {
            rlock.release(clock);
            return PNone.NONE;
        }
        if (lock instanceof Lock plain) {
            plain.release(clock);
            return PNone.NONE;
        }
        return Calls.callMethod(lock, "__exit__", outcome);
    }

    /** Whether the current thread holds the lock, as CPython's {@code Condition._is_owned} decides. */
    public boolean isOwned(Clock clock) {
        if (lock instanceof RLock rlock) {
            return rlock.isOwned();
        }
        if (lock instanceof Lock plain) {
            if (plain.tryAcquire()) {
                plain.release(clock);
                return false;
            }
            return true;
        }
        Object isOwned = Attributes.getOrNull(lock, "_is_owned");
        if (isOwned != null) {
            return Truthiness.isTrue(Calls.call(isOwned));
        }
        if (Truthiness.isTrue(Calls.callMethod(lock, "acquire", false))) {
            Calls.callMethod(lock, "release");
            return false;
        }
        return true;
    }

    private Object releaseSave(Clock clock) {
        if (lock instanceof RLock rlock) {
            return rlock.releaseSave(clock);
        }
        if (lock instanceof Lock plain) {
            plain.release(clock);
            return null;
        }
        Object releaseSave = Attributes.getOrNull(lock, "_release_save");
        if (releaseSave != null) {
            return Calls.call(releaseSave);
        }
        Calls.callMethod(lock, "release");
        return null;
    }

    private void acquireRestore(Clock clock, Object saved) {
        if (lock instanceof RLock rlock) {
            rlock.acquireRestore(clock, (Long) saved);
        } else if (lock instanceof Lock plain) {
            plain.acquire(clock, -1);
        } else {
            Object acquireRestore = Attributes.getOrNull(lock, "_acquire_restore");
            if (acquireRestore != null) {
                Calls.call(acquireRestore, saved);
            } else {
                Calls.callMethod(lock, "acquire");
            }
        }
    }

    /** How many threads wait (for the repr). */
    public int waiting() {
        return waiters.size();
    }
}
