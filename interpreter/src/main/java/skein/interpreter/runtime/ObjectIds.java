package skein.interpreter.runtime;

import skein.interpreter.objects.PythonObject;

import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code id(x)}: a number unique to a live object for its lifetime, shaped like CPython's
 * addresses. Heap objects get one on first request and keep it; values held as Java numbers
 * and strings, which have no stable identity on the JVM, get one derived from their value.
 */
public final class ObjectIds {

    private static final long BASE = 0x7f0000000000L;
    private static final AtomicLong NEXT = new AtomicLong(1);

    private ObjectIds() {
    }

    public static long id(Object obj) {
        if (obj instanceof PythonObject object) {
            long id = object.getId();
            if (id == 0) {
                id = object.assignId(BASE + NEXT.getAndIncrement() * 16);
            }
            return id;
        }
        if (obj instanceof Number || obj instanceof String || obj instanceof Boolean) {
            return BASE / 2 + (Hashing.hash(obj) & 0xffff_ffffL) * 16;
        }
        return BASE / 4 + (System.identityHashCode(obj) & 0xffff_ffffL) * 16;
    }

    /** {@code 0x7f...}, as CPython prints addresses in default reprs. */
    public static String hexAddress(Object obj) {
        return "0x" + Long.toHexString(id(obj));
    }
}
