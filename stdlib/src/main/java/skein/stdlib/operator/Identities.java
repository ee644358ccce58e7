package skein.stdlib.operator;

import java.math.BigInteger;

/**
 * {@code a is b} for {@code operator.is_}: Java identity, except that boxed ints, floats, bools
 * and strs of equal value count as the same object, exactly as the interpreter's own {@code is}
 * treats them (its helper is not exported to native modules).
 */
final class Identities {

    private Identities() {
    }

    static boolean same(Object a, Object b) {
        if (a == b) {
            return true;
        }
        if (a instanceof Long || a instanceof Boolean || a instanceof String || a instanceof BigInteger) {
            return a.getClass() == b.getClass() && a.equals(b);
        }
        if (a instanceof Double x && b instanceof Double y) {
            return Double.doubleToRawLongBits(x) == Double.doubleToRawLongBits(y);
        }
        return false;
    }
}
