package skein.interpreter.runtime;

import skein.interpreter.objects.PBaseException;

/** Per-thread interpreter state: call depth for RecursionError, the exception being handled. */
public final class PythonThreadState {

    private int depth;
    private PBaseException handledException;

    /** Enters a Python frame; false when that would pass the recursion limit. */
    public boolean enter(int limit) {
        return ++depth <= limit;
    }

    public void leave() {
        depth--;
    }

    public int depth() {
        return depth;
    }

    /** The exception an {@code except} clause on this thread is handling, or null. */
    public PBaseException handledException() {
        return handledException;
    }

    public void setHandledException(PBaseException exception) {
        this.handledException = exception;
    }
}
