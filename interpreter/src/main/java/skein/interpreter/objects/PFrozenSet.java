package skein.interpreter.objects;

/** {@code frozenset}: filled once when made, never changed after, so hashable. */
public final class PFrozenSet extends PBaseSet {

    public PFrozenSet(PythonClass cls) {
        super(cls);
    }
}
