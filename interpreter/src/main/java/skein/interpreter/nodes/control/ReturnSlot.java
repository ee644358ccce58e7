package skein.interpreter.nodes.control;

import com.oracle.truffle.api.frame.VirtualFrame;

/**
 * Where {@code return} leaves its value: frame slot 0 of every Python frame. A statement
 * sequence stops as soon as the slot holds a value, and the function's root returns it; no
 * exception is thrown, which keeps returns cheap in the interpreter before the JIT has run.
 */
public final class ReturnSlot {

    /** The translator creates this slot first in every frame descriptor. */
    public static final int INDEX = 0;
    public static final String NAME = "<return>";

    private ReturnSlot() {
    }

    public static boolean hasReturned(VirtualFrame frame) {
        return frame.getObject(INDEX) != null;
    }

    public static Object value(VirtualFrame frame) {
        return frame.getObject(INDEX);
    }

    public static void set(VirtualFrame frame, Object value) {
        frame.setObject(INDEX, value);
    }
}
