package skein.interpreter.objects;

/**
 * An instance of {@code BaseException} or a subclass. The attributes particular to one kind
 * ({@code SystemExit.code}, {@code StopIteration.value}, {@code OSError.errno}...) live in the
 * instance dict, set by that kind's {@code __init__}.
 */
public final class PBaseException extends PythonObject {

    private volatile PTuple args;
    private volatile PBaseException cause;
    private volatile PBaseException context;
    private volatile boolean suppressContext;
    private volatile PTraceback traceback;

    public PBaseException(PythonClass cls, PTuple args) {
        super(cls);
        this.args = args;
    }

    public PTuple args() {
        return args;
    }

    public void setArgs(PTuple args) {
        this.args = args;
    }

    /** {@code __cause__}, null for None. */
    public PBaseException cause() {
        return cause;
    }

    /** {@code raise ... from cause} also suppresses the context, as CPython does. */
    public void setCause(PBaseException cause) {
        this.cause = cause;
    }

    public PBaseException context() {
        return context;
    }

    public void setContext(PBaseException context) {
        this.context = context;
    }

    public boolean suppressContext() {
        return suppressContext;
    }

    public void setSuppressContext(boolean suppressContext) {
        this.suppressContext = suppressContext;
    }

    public PTraceback traceback() {
        return traceback;
    }

    public void setTraceback(PTraceback traceback) {
        this.traceback = traceback;
    }
}
