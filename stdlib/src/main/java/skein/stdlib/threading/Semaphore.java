package skein.stdlib.threading;

import skein.interpreter.objects.PythonClass;
import skein.interpreter.objects.PythonObject;
import skein.interpreter.runtime.clock.Clock;
import skein.interpreter.runtime.clock.WaitQueue;
import skein.interpreter.runtime.exception.PythonErrors;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * {@code threading.Semaphore} and {@code threading.BoundedSemaphore}: a counter of permits.
 * Taking a permit while there are some is one compare-and-set; only a thread that finds none
 * joins the queue of waiters, and each permit released wakes one of them, which then competes
 * for it (a thread arriving meanwhile may take it first, as in CPython).
 */
public final class Semaphore extends PythonObject {

    /** {@link #bound} of a semaphore that may be released above its initial value. */
    private static final long UNBOUNDED = -1;
    private static final VarHandle VALUE;

    static {
        try {
            VALUE = MethodHandles.lookup().findVarHandle(Semaphore.class, "value", long.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private volatile long value = 1;
    /** A BoundedSemaphore's initial value, which releases may not exceed; {@link #UNBOUNDED} otherwise. */
    private volatile long bound = UNBOUNDED;
    private final WaitQueue waiters = new WaitQueue();

    public Semaphore(PythonClass cls) {
        super(cls);
    }

    /** {@code __init__}: {@code value} permits (not negative), at most that many when {@code bounded}. */
    public void init(long value, boolean bounded) {
        this.value = value;
        this.bound = bounded ? value : UNBOUNDED;
    }

    public boolean tryAcquire() {
        long current;
        do {
            current = value;
            if (current <= 0) {
                return false;
            }
        } while (!VALUE.compareAndSet(this, current, current - 1));
        return true;
    }

    /** Takes a permit, waiting at most {@code timeoutNanos} (negative: as long as it takes). */
    public boolean acquire(Clock clock, long timeoutNanos) {
        if (tryAcquire()) {
            return true;
        }
        return timeoutNanos != 0 && waiters.await(clock, timeoutNanos, this, this::tryAcquire);
    }

    /**
     * Adds {@code n} (at least 1) permits and wakes as many waiters. With {@code checkBound}, a
     * bounded semaphore refuses (changing nothing) to go above its initial value.
     */
    public void release(Clock clock, long n, boolean checkBound) {
        long current;
        long next;
        do {
            current = value;
            long limit = checkBound && bound != UNBOUNDED ? bound : Long.MAX_VALUE;
            if (n > limit - current) {
                throw limit == Long.MAX_VALUE
                        ? PythonErrors.overflowError("Python int too large to convert to C long")
                        : PythonErrors.valueError("Semaphore released too many times");
            }
            next = current + n;
        } while (!VALUE.compareAndSet(this, current, next));
        for (long woken = 0; woken < n && !waiters.isEmpty(); woken++) {
            if (!waiters.signalOne(clock)) {
                break;
            }
        }
    }

    public long value() {
        return value;
    }

    /** {@code self._value = n}: sets the count without waking anyone, as CPython's attribute does. */
    public void setValue(long value) {
        this.value = value;
    }

    /** A BoundedSemaphore's initial value; {@link #UNBOUNDED} for another semaphore. */
    public long bound() {
        return bound;
    }
}
