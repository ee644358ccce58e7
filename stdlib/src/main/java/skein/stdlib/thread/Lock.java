package skein.stdlib.thread;

import skein.interpreter.objects.PythonClass;
import skein.interpreter.objects.PythonObject;
import skein.interpreter.runtime.clock.Clock;
import skein.interpreter.runtime.clock.WaitQueue;
import skein.interpreter.runtime.exception.PythonErrors;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * {@code _thread.lock}, which {@code threading.Lock()} makes: not reentrant, released by any
 * thread. Taking a free lock is one compare-and-set; only a thread that finds it held joins
 * the queue of waiters, and a release wakes one of them, which then competes for the lock
 * again (a thread arriving meanwhile may take it first, as in CPython).
 */
public final class Lock extends PythonObject {

    private static final VarHandle HELD;

    static {
        try {
            HELD = MethodHandles.lookup().findVarHandle(Lock.class, "held", boolean.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private volatile boolean held;
    private final WaitQueue waiters = new WaitQueue();

    public Lock(PythonClass cls) {
        super(cls);
    }

    public boolean tryAcquire() {
        return !held && HELD.compareAndSet(this, false, true);
    }

    /** Takes the lock, waiting at most {@code timeoutNanos} (negative: as long as it takes). */
    public boolean acquire(Clock clock, long timeoutNanos) {
        if (tryAcquire()) {
            return true;
        }
        return timeoutNanos != 0 && waiters.await(clock, timeoutNanos, this, this::tryAcquire);
    }

    public void release(Clock clock) {
        if (!HELD.compareAndSet(this, true, false)) {
            throw PythonErrors.runtimeError("release unlocked lock");
        }
        if (!waiters.isEmpty()) {
            waiters.signalOne(clock);
        }
    }

    public boolean isLocked() {
        return held;
    }
}
