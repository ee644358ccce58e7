package skein.interpreter.objects;

import com.oracle.truffle.api.interop.TruffleObject;

/** {@code NotImplemented}, the answer of a binary special method that declines. */
public final class PNotImplemented implements TruffleObject {

    public static final PNotImplemented INSTANCE = new PNotImplemented();

    private PNotImplemented() {
    }

    @Override
    public String toString() {
        return "NotImplemented";
    }
}
