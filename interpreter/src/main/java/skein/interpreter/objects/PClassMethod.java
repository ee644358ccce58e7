package skein.interpreter.objects;

/** {@code classmethod(f)}: found on a class or instance, it gives {@code f} bound to the class. */
public final class PClassMethod extends PythonObject {

    private volatile Object callable;

    public PClassMethod(PythonClass cls, Object callable) {
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
