package skein.interpreter.objects;

/** {@code slice(start, stop, step)}; each part is any object, {@code None} when omitted. */
public final class PSlice extends PythonObject {

    private final Object start;
    private final Object stop;
    private final Object step;

    public PSlice(PythonClass cls, Object start, Object stop, Object step) {
        super(cls);
        this.start = start;
        this.stop = stop;
        this.step = step;
    }

    public Object start() {
        return start;
    }

    public Object stop() {
        return stop;
    }

    public Object step() {
        return step;
    }
}
