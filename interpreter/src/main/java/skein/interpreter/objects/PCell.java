package skein.interpreter.objects;

import com.oracle.truffle.api.interop.TruffleObject;

/**
 * A variable shared between a function and the functions nested in it. Null while unbound;
 * volatile because closures run in other threads as often as not.
 */
public final class PCell implements TruffleObject {

    private volatile Object value;

    public PCell() {
    }

    public PCell(Object value) {
        this.value = value;
    }

    public Object get() {
        return value;
    }

    public void set(Object value) {
        this.value = value;
    }
}
