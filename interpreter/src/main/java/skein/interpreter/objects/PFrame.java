package skein.interpreter.objects;

/**
 * What Python code sees of a frame ({@code tb_frame}, {@code sys._getframe()}): its code, the
 * line it was at, its globals. It is a record made when asked for, not the live frame.
 */
public final class PFrame extends PythonObject {

    private final FunctionCode code;
    private final int lineno;
    private final PDict globals;
    /** A snapshot of the frame's local variables, or null when they were not kept (a traceback's frames). */
    private final PDict locals;

    public PFrame(PythonClass cls, FunctionCode code, int lineno, PDict globals) {
        this(cls, code, lineno, globals, null);
    }

    public PFrame(PythonClass cls, FunctionCode code, int lineno, PDict globals, PDict locals) {
        super(cls);
        this.code = code;
        this.lineno = lineno;
        this.globals = globals;
        this.locals = locals;
    }

    /** The local variables as they were when this record was made, or null when not kept. */
    public PDict locals() {
        return locals;
    }

    public FunctionCode code() {
        return code;
    }

    public int lineno() {
        return lineno;
    }

    /** The frame's globals, or null when not known (a frame of Java code). */
    public PDict globals() {
        return globals;
    }
}
