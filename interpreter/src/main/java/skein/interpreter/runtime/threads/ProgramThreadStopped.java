package skein.interpreter.runtime.threads;

/**
 * Thrown into a thread of the program that is still running when its context closes, at the
 * thread's next safepoint: it unwinds the thread past every Python {@code except} (it is no
 * Python exception), as a daemon thread of a finalizing CPython simply never runs again.
 */
final class ProgramThreadStopped extends Error {

    private static final long serialVersionUID = 1L;

    ProgramThreadStopped() {
        super("the context closed while this thread was running", null, false, false);
    }
}
