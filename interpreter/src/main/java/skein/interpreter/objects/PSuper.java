package skein.interpreter.objects;

/** {@code super(cls, obj)}: attribute lookup that starts after {@code cls} in the MRO of obj's type. */
public final class PSuper extends PythonObject {

    private final PythonClass thisClass;
    private final Object self;
    private final PythonClass selfType;

    public PSuper(PythonClass cls, PythonClass thisClass, Object self, PythonClass selfType) {
        super(cls);
        this.thisClass = thisClass;
        this.self = self;
        this.selfType = selfType;
    }

    public PythonClass thisClass() {
        return thisClass;
    }

    /** The bound object, or null for an unbound super. */
    public Object self() {
        return self;
    }

    public PythonClass selfType() {
        return selfType;
    }
}
