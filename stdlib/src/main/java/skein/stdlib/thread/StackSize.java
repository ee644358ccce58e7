package skein.stdlib.thread;

import skein.interpreter.SkeinContext;
import skein.interpreter.runtime.Numbers;
import skein.interpreter.runtime.exception.PythonErrors;

import java.math.BigInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code _thread.stack_size}: the size of the stacks of the process's new threads, those of
 * {@code threading} included, checked as CPython checks it (0: Skein's default).
 */
public final class StackSize {

    /** The smallest size CPython accepts on Linux (its THREAD_STACK_MIN). */
    private static final long MINIMUM = 32768;

    private final AtomicLong size = new AtomicLong();

    /** The size asked for the current process's new threads, 0 for the default. */
    public static long of(SkeinContext context) {
        return context.moduleState(StackSize.class, StackSize::new).size.get();
    }

    /** Sets the size (0 for the platform's default) and returns the one it replaces. */
    long replace(Object requested) {
        Object index = Numbers.index(requested);
        if (index instanceof BigInteger) {
            throw PythonErrors.overflowError("Python int too large to convert to C ssize_t");
        }
        long bytes = (Long) index;
        if (bytes < 0) {
            throw PythonErrors.valueError("size must be 0 or a positive value");
        }
        if (bytes != 0 && bytes < MINIMUM) {
            throw PythonErrors.valueError("size not valid: " + bytes + " bytes");
        }
        return size.getAndSet(bytes);
    }
}
