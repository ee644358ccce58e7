package skein.interpreter.objects;

/** {@code set}. */
public final class PSet extends PBaseSet {

    public PSet(PythonClass cls) {
        super(cls);
    }
}
