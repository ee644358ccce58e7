package skein.interpreter.objects;

/** {@code mappingproxy}: a read-only live view of a mapping, such as a class's {@code __dict__}. */
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
