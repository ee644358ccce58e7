package skein.interpreter.objects;

/** {@code Ellipsis}, the value of {@code ...}. */
public final class PEllipsis {

    public static final PEllipsis INSTANCE = new PEllipsis();

    private PEllipsis() {
    }

    @Override
    public String toString() {
        return "Ellipsis";
    }
}
