package skein.interpreter.objects;

/** A bound method: a callable with its first argument already chosen. */
public final class PMethod extends PythonObject {

    private final Object self;
    private final Object function;

    public PMethod(PythonClass cls, Object self, Object function) {
        super(cls);
        this.self = self;
        this.function = function;
    }

    public Object self() {
        return self;
    }

    public Object function() {
        return function;
    }
}
