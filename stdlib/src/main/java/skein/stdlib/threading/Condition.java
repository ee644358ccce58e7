package skein.stdlib.threading;

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

    private Object lock;
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
        Waiter waiter = clock.newWaiter(timeoutNanos, this);
        waiters.add(waiter);
        Object saved = releaseSave(clock);
        boolean notified = false;
        try {
            notified = clock.await(waiter);
        } finally {
            acquireRestore(clock, saved);
            if (!notified) {
                waiters.remove(waiter);
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

    public void notifyAll(Clock clock) {
        waiters.signalAll(clock);
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
