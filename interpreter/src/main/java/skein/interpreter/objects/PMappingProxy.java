package skein.interpreter.objects;

/** {@code mappingproxy}: a read-only view of a mapping, as {@code dict_keys.mapping} returns one. */
public final class PMappingProxy extends PythonObject {

    private final Object mapping;

    public PMappingProxy(PythonClass cls, Object mapping) {
        super(cls);
        this.mapping = mapping;
    }

    public Object mapping() {
        return mapping;
    }
}
