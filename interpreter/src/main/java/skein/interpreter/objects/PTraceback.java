package skein.interpreter.objects;

/** One entry of a traceback: a frame and the line it was at; {@code next} goes toward the raise. */
public final class PTraceback extends PythonObject {

    private final PFrame frame;
    private final int lineno;
    private final PTraceback next;

    public PTraceback(PythonClass cls, PFrame frame, int lineno, PTraceback next) {
        super(cls);
        this.frame = frame;
        this.lineno = lineno;
        this.next = next;
    }

    public PFrame frame() {
        return frame;
    }

    public int lineno() {
        return lineno;
    }

    public PTraceback next() {
        return next;
    }

    public PTraceback withNext(PythonClass cls, PTraceback newNext) {
        return new PTraceback(cls, frame, lineno, newNext);
    }
}
