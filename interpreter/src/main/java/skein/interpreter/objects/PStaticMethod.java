package skein.interpreter.objects;

/** {@code staticmethod(f)}: found on a class or instance, it gives {@code f} itself. */
public final class PStaticMethod extends PythonObject {

    private volatile Object callable;

    public PStaticMethod(PythonClass cls, Object callable) {
        super(cls);
        this.callable = callable;
    }

    public Object callable() {
        return callable;
    }

    public void setCallable(Object callable) {
        this.callable = callable;
    }
}
