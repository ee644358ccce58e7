package skein.stdlib.threading;

import skein.interpreter.objects.PNone;
import skein.interpreter.runtime.BinaryOp;
import skein.interpreter.runtime.Comparisons;
import skein.interpreter.runtime.Operators;
import skein.interpreter.runtime.clock.Clock;
import skein.stdlib.thread.LockArguments;

/**
 * The {@code timeout} arguments of threading's waits, read as CPython's {@code threading.py}
 * reads them: a wait compares its timeout with 0 and hands a positive one to a lock's
 * {@code acquire}; a wait that may wake several times adds its timeout to
 * {@code time.monotonic()} once and waits for what is left each time. Doing the same Python
 * operations gives the same errors for values that are not numbers.
 */
public final class WaitTimeouts {

    private WaitTimeouts() {
    }

    /**
     * {@code Condition.wait(timeout)}: None waits without limit (-1), a positive timeout in
     * nanoseconds as a lock's {@code acquire} converts it, anything else (0, negative, NaN)
     * does not block (0).
     */
    public static long conditionWaitNanos(Object timeout) {
        if (timeout == PNone.NONE) {
            return -1;
        }
        if (!Comparisons.test(timeout, 0L, Comparisons.Op.GT)) {
            return 0;
        }
        return LockArguments.timeoutNanos(true, timeout);
    }

    /**
     * The timeout of a wait that CPython runs to a deadline ({@code Semaphore.acquire}): as
     * {@link #conditionWaitNanos}, after the addition that makes the deadline, whose TypeError
     * is the one a timeout that is not a number gives.
     */
    static long deadlineWaitNanos(Clock clock, Object timeout) {
        if (timeout != PNone.NONE) {
            deadline(clock, timeout);
        }
        return conditionWaitNanos(timeout);
    }

    /** {@code time.monotonic()} on the context's clock. */
    public static double now(Clock clock) {
        return clock.nanoTime() / 1e9;
    }

    /** {@code time.monotonic() + timeout}: the end of a wait, in the clock's seconds. */
    static Object deadline(Clock clock, Object timeout) {
        return Operators.binary(now(clock), timeout, BinaryOp.ADD);
    }

    /** {@code deadline - time.monotonic()}: what is left of a wait. */
    public static Object remaining(Clock clock, Object deadline) {
        return Operators.binary(deadline, now(clock), BinaryOp.SUB);
    }

    /** {@code remaining <= 0}. */
    public static boolean isOver(Object remaining) {
        return Comparisons.test(remaining, 0L, Comparisons.Op.LE);
    }
}
