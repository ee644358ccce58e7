package skein.interpreter.objects;

/** {@code None}. One instance for every context: it has no state. */
public final class PNone {

    public static final PNone NONE = new PNone();

    private PNone() {
    }

    @Override
    public String toString() {
        return "None";
    }
}
