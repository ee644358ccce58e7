package skein.interpreter.objects;

/** {@code range} with bounds that fit in a long; its length is computed once. */
public final class PRange extends PythonObject {

    private final long start;
    private final long stop;
    private final long step;
    private final long length;

    public PRange(PythonClass cls, long start, long stop, long step) {
        super(cls);
        this.start = start;
        this.stop = stop;
        this.step = step;
        this.length = lengthOf(start, stop, step);
    }

    public static long lengthOf(long start, long stop, long step) {
        if (step > 0) {
            return start < stop ? (stop - start - 1) / step + 1 : 0;
        }
        return start > stop ? (start - stop - 1) / -step + 1 : 0;
    }

    public long start() {
        return start;
    }

    public long stop() {
        return stop;
    }

    public long step() {
        return step;
    }

    public long length() {
        return length;
    }

    /** The i-th element, for 0 <= i < length. */
    public long element(long i) {
        return start + i * step;
    }
}
