package skein.interpreter.objects;

/**
 * An attribute of a builtin type computed in Java ({@code function.__name__},
 * {@code BaseException.args}, {@code int.real}): a data descriptor, so it wins over the
 * instance dict. A null setter makes it read-only.
 */
public final class PGetSetDescriptor extends PythonObject {

    @FunctionalInterface
    public interface Getter {
        Object get(Object self);
    }

    @FunctionalInterface
    public interface Setter {
        /** {@code value} is null for {@code del}. */
        void set(Object self, Object value);
    }

    private final String name;
    private final PythonClass owner;
    private final Getter getter;
    private final Setter setter;

    public PGetSetDescriptor(PythonClass cls, String name, PythonClass owner, Getter getter, Setter setter) {
        super(cls);
        this.name = name;
        this.owner = owner;
        this.getter = getter;
        this.setter = setter;
    }

    public String name() {
        return name;
    }

    public PythonClass owner() {
        return owner;
    }

    public Getter getter() {
        return getter;
    }

    public Setter setter() {
        return setter;
    }
}
