package skein.stdlib.thread;

import skein.interpreter.runtime.Numbers;
import skein.interpreter.runtime.exception.PythonErrors;
import skein.stdlib.Timeouts;

/** {@code acquire(blocking=True, timeout=-1)} of the lock types, read with CPython's checks. */
public final class LockArguments {

    /** {@code TIMEOUT_MAX}: the longest timeout, in seconds. */
    public static final double TIMEOUT_MAX = 9223372036.0;
    private static final long FOREVER = -1_000_000_000L;

    private LockArguments() {
    }

    /** The timeout in nanoseconds: 0 for a non-blocking call, negative for none. */
    public static long timeoutNanos(Object blocking, Object timeout) {
        boolean block = blocking instanceof Boolean b ? b : Numbers.indexAsLong(blocking) != 0;
        long nanos = Timeouts.nanos(timeout);
        if (!block) {
            if (nanos != FOREVER) {
                throw PythonErrors.valueError("can't specify a timeout for a non-blocking call");
            }
            return 0;
        }
        if (nanos == FOREVER) {
            return -1;
        }
        if (nanos < 0) {
            throw PythonErrors.valueError("timeout value must be positive");
        }
        if (nanos / 1e9 > TIMEOUT_MAX) {
            throw PythonErrors.overflowError("timeout value is too large");
        }
        return nanos;
    }
}
