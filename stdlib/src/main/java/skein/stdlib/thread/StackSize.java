package skein.stdlib.thread;

import skein.interpreter.runtime.Numbers;
import skein.interpreter.runtime.exception.PythonErrors;

import java.math.BigInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code _thread.stack_size}: the size a process asks for its new threads' stacks, kept per
 * process and checked as CPython checks it. Java threads of the program keep the JVM's stack
 * size whatever is asked.
 */
final class StackSize {

    /** The smallest size CPython accepts on Linux (its THREAD_STACK_MIN). */
    private static final long MINIMUM = 32768;

    private final AtomicLong size = new AtomicLong();

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
