package skein.interpreter.objects;

/** {@code tuple}: an immutable array, so it needs no lock. */
public final class PTuple extends PythonObject {

    private final Object[] items;

    /** Takes ownership of {@code items}, which nobody may change afterwards. */
    public PTuple(PythonClass cls, Object[] items) {
        super(cls);
        this.items = items;
    }

    public int size() {
        return items.length;
    }

    public Object get(int index) {
        return items[index];
    }

    /** The backing array: read it, never write it. */
    public Object[] items() {
        return items;
    }
}
