package skein.interpreter.objects;

/**
 * A builtin iterator implemented in Java. {@link #next()} answers null at the end instead of
 * raising StopIteration, so that loops over builtin iterators throw nothing.
 */
public abstract class PIterator extends PythonObject {

    protected PIterator(PythonClass cls) {
        super(cls);
    }

    /** The next item, or null when exhausted (and every later call answers null too). */
    public abstract Object next();

    /** {@code __length_hint__}, or -1 when unknown. */
    public int lengthHint() {
        return -1;
    }
}
