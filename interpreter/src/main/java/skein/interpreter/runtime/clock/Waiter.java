package skein.interpreter.runtime.clock;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * One thread's wait for something another thread will do (release a lock, notify a condition,
 * put an item) or for a deadline of the clock. A wait ends exactly once: either it is
 * signalled or it times out, decided by one compare-and-set, so a signaller learns whether its
 * signal was taken and can pass it on to another waiter when it was not.
 */
public final class Waiter {

    /** No deadline: the wait lasts until it is signalled. */
    public static final long NO_DEADLINE = Long.MAX_VALUE;

    private static final int WAITING = 0;
    private static final int SIGNALLED = 1;
    private static final int TIMED_OUT = 2;
    private static final VarHandle STATE;

    static {
        try {
            STATE = MethodHandles.lookup().findVarHandle(Waiter.class, "state", int.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    final Thread thread = Thread.currentThread();
    /** In the clock's {@link Clock#nanoTime} time; {@link #NO_DEADLINE} for none. */
    final long deadline;
    /** What the thread waits for, as a deadlock report names it. */
    final Object waitingFor;
    private volatile int state;
    /** Guarded by the virtual clock's monitor: the thread is blocked and counted as not running. */
    volatile boolean blocked;

    Waiter(long deadline, Object waitingFor) {
        this.deadline = deadline;
        this.waitingFor = waitingFor;
    }

    public boolean isWaiting() {
        return state == WAITING;
    }

    boolean isSignalled() {
        return state == SIGNALLED;
    }

    boolean markSignalled() {
        return STATE.compareAndSet(this, WAITING, SIGNALLED);
    }

    boolean markTimedOut() {
        return STATE.compareAndSet(this, WAITING, TIMED_OUT);
    }

    /** What the thread waits for: a Python object (a lock, a thread to join) or a description. */
    public Object waitingFor() {
        return waitingFor;
    }

    public Thread thread() {
        return thread;
    }
}
