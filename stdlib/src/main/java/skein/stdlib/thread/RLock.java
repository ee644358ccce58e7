package skein.stdlib.thread;

import skein.interpreter.objects.PythonClass;
import skein.interpreter.objects.PythonObject;
import skein.interpreter.runtime.clock.Clock;
import skein.interpreter.runtime.clock.WaitQueue;
import skein.interpreter.runtime.exception.PythonErrors;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * {@code _thread.RLock}, which {@code threading.RLock()} makes: its owner may take it again, and
 * must release it as many times; only the owner may release it. The owner is taken by one
 * compare-and-set; the count is touched only by the owner.
 */
public final class RLock extends PythonObject {

    private static final VarHandle OWNER;

    static {
        try {
            OWNER = MethodHandles.lookup().findVarHandle(RLock.class, "owner", Thread.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private volatile Thread owner;
    private long count;
    private final WaitQueue waiters = new WaitQueue();

    public RLock(PythonClass cls) {
        super(cls);
    }

    private boolean tryTake() {
        return owner == null && OWNER.compareAndSet(this, null, Thread.currentThread());
    }

    /** Takes the lock, or takes it once more; waits at most {@code timeoutNanos} (negative: no limit). */
    public boolean acquire(Clock clock, long timeoutNanos) {
        if (owner == Thread.currentThread()) {
            count++;
            return true;
        }
        if (tryTake() || (timeoutNanos != 0 && waiters.await(clock, timeoutNanos, this, this::tryTake))) {
            count = 1;
            return true;
        }
        return false;
    }

    public void release(Clock clock) {
        checkOwned();
        if (--count == 0) {
            releaseFully(clock);
        }
    }

    /** For a condition's wait: releases every level at once and returns how many there were. */
    public long releaseSave(Clock clock) {
        checkOwned();
        long levels = count;
        count = 0;
        releaseFully(clock);
        return levels;
    }

    /** After a condition's wait: takes the lock back with the levels {@link #releaseSave} saved. */
    public void acquireRestore(Clock clock, long levels) {
        acquire(clock, -1);
        count = levels;
    }

    private void releaseFully(Clock clock) {
        owner = null;
        if (!waiters.isEmpty()) {
            waiters.signalOne(clock);
        }
    }

    private void checkOwned() {
        if (owner != Thread.currentThread()) {
            throw PythonErrors.runtimeError("cannot release un-acquired lock");
        }
    }

    public boolean isOwned() {
        return owner == Thread.currentThread();
    }

    public Thread owner() {
        return owner;
    }

    /** How many times the owner holds the lock, as another thread may see it (for a repr). */
    public long levels() {
        return count;
    }

    /** How many times the current thread holds the lock (0 when it does not own it). */
    public long recursionCount() {
        return isOwned() ? count : 0;
    }
}
