package skein.interpreter.objects;

/**
 * An instance of a Python subclass of {@code int}, {@code float}, {@code str} or {@code bytes}:
 * the builtin value it stands for, plus a class and an instance dict.
 */
public final class PValueObject extends PythonObject {

    private final Object value;

    public PValueObject(PythonClass cls, Object value) {
        super(cls);
        this.value = value;
    }

    /** The builtin value: a Long, BigInteger, Double, String or PBytes. */
    public Object value() {
        return value;
    }
}
