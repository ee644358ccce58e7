package skein.stdlib.threading;

import skein.interpreter.objects.PythonClass;
import skein.interpreter.objects.PythonObject;
import skein.interpreter.runtime.clock.Clock;
import skein.interpreter.runtime.clock.WaitQueue;
import skein.interpreter.runtime.clock.Waiter;

/**
 * {@code threading.Event}: a flag that threads wait to see set. Reading the flag takes no lock;
 * {@code set} wakes every thread waiting at that moment, and each of them returns True even if
 * the flag was cleared again before it ran, as in CPython.
 */
public final class Event extends PythonObject {

    private volatile boolean flag;
    private final WaitQueue waiters = new WaitQueue();

    public Event(PythonClass cls) {
        super(cls);
    }

    public boolean isSet() {
        return flag;
    }

    public void set(Clock clock) {
        flag = true;
        if (!waiters.isEmpty()) {
            waiters.signalAll(clock);
        }
    }

    public void clear() {
        flag = false;
    }

    /**
     * Waits until the flag is set, at most {@code timeoutNanos} (negative: no limit; 0: does
     * not block); true when it was set.
     */
    public boolean await(Clock clock, long timeoutNanos) {
        if (flag || timeoutNanos == 0) {
            return flag;
        }
        Waiter waiter = clock.newWaiter(timeoutNanos, this);
        waiters.add(waiter);
        boolean signalled = false;
        try {
            // A set() that came before the waiter was queued did not see it.
            if (flag) {
                return true;
            }
            signalled = clock.await(waiter);
            return signalled;
        } finally {
            if (!signalled) {
                // Not withdraw: a set() reaches every waiter, so none needs this one's wake-up passed on.
                waiters.remove(waiter);
            }
        }
    }
}
