package skein.interpreter.objects;

import com.oracle.truffle.api.interop.TruffleObject;

/** {@code Ellipsis}, the value of {@code ...}. */
public final class PEllipsis implements TruffleObject {

    public static final PEllipsis INSTANCE = new PEllipsis();

    private PEllipsis() {
    }

    @Override
    public String toString() {
        return "Ellipsis";
    }
}
