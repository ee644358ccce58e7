package skein.interpreter.objects;

/** {@code NotImplemented}, the answer of a binary special method that declines. */
public final class PNotImplemented {

    public static final PNotImplemented INSTANCE = new PNotImplemented();

    private PNotImplemented() {
    }

    @Override
    public String toString() {
        return "NotImplemented";
    }
}
