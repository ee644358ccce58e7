package skein.interpreter.objects;

import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.TruffleObject;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;

/** {@code None}. One instance for every context: it has no state. Embedders see it as null. */
@ExportLibrary(InteropLibrary.class)
public final class PNone implements TruffleObject {

    public static final PNone NONE = new PNone();

    private PNone() {
    }

    @ExportMessage
    boolean isNull() {
        return true;
    }

    @Override
    public String toString() {
        return "None";
    }
}
