package skein.interpreter.objects;

/**
 * An instance of a Python subclass of {@code int}, {@code float} or {@code str}: the builtin
 * value it stands for, plus a class and an instance dict. (Instances of bytes and bytearray
 * subclasses are {@link PBytes} and {@link PByteArray} objects of their class.)
 */
public final class PValueObject extends PythonObject {

    private final Object value;

    public PValueObject(PythonClass cls, Object value) {
        super(cls);
        this.value = value;
    }

    /** The builtin value: a Long, BigInteger, Double or String. */
    public Object value() {
        return value;
    }
}
