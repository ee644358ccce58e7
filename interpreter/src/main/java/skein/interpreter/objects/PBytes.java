package skein.interpreter.objects;

/** {@code bytes}, or an instance of a subclass of it: an immutable byte array. */
public final class PBytes extends PythonObject {

    private final byte[] bytes;

    /** Takes ownership of {@code bytes}, which nobody may change afterwards. */
    public PBytes(PythonClass cls, byte[] bytes) {
        super(cls);
        this.bytes = bytes;
    }

    public int size() {
        return bytes.length;
    }

    public int get(int index) {
        return bytes[index] & 0xff;
    }

    /** The backing array: read it, never write it. */
    public byte[] bytes() {
        return bytes;
    }
}
