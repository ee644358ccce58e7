package skein.interpreter.runtime;

import skein.interpreter.SkeinContext;
import skein.interpreter.objects.PBaseException;

/**
 * Per-thread interpreter state: call depth for RecursionError, the exception being handled.
 * Python calls pass it along in their arguments (see {@link PArguments}).
 */
public final class PythonThreadState {

    private final SkeinContext context;
    private int depth;
    private PBaseException handledException;
    /** The generator this thread made last, so that a loop can tell a generator it made itself (see ForNode). */
    private Object lastMadeGenerator;

    public PythonThreadState(SkeinContext context) {
        this.context = context;
    }

    /** Enters a Python frame; false when that passes the process's recursion limit. */
    public boolean enter() {
        return ++depth <= context.recursionLimit();
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

    public Object lastMadeGenerator() {
        return lastMadeGenerator;
    }

    public void madeGenerator(Object generator) {
        this.lastMadeGenerator = generator;
    }
}
