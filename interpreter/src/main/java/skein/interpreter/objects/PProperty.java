package skein.interpreter.objects;

/** {@code property(fget, fset, fdel, doc)}; absent accessors are {@code None}. */
public final class PProperty extends PythonObject {

    private volatile Object getter;
    private volatile Object setter;
    private volatile Object deleter;
    private volatile Object doc;
    /** The attribute name the class stored it under, from {@code __set_name__}; null before. */
    private volatile String name;

    public PProperty(PythonClass cls, Object getter, Object setter, Object deleter, Object doc) {
        super(cls);
        this.getter = getter;
        this.setter = setter;
        this.deleter = deleter;
        this.doc = doc;
    }

    /** {@code property.__init__}, which a subclass may call again. */
    public void initialize(Object newGetter, Object newSetter, Object newDeleter, Object newDoc) {
        this.getter = newGetter;
        this.setter = newSetter;
        this.deleter = newDeleter;
        this.doc = newDoc;
    }

    public Object getter() {
        return getter;
    }

    public Object setter() {
        return setter;
    }

    public Object deleter() {
        return deleter;
    }

    public Object doc() {
        return doc;
    }

    public String name() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }
}
