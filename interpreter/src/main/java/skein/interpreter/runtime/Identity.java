package skein.interpreter.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import java.math.BigInteger;

/** Identity as {@code is} sees it, for values the JVM boxes. */
public final class Identity {

    private Identity() {
    }

    public static boolean same(Object a, Object b) {
        if (a == b) {
            return true;
        }
        if (a instanceof Long x && b instanceof Long y) {
            return x.longValue() == y.longValue();
        }
        if (a instanceof Boolean x && b instanceof Boolean y) {
            return x.booleanValue() == y.booleanValue();
        }
        return sameValue(a, b);
    }

    @TruffleBoundary
    private static boolean sameValue(Object a, Object b) {
        if (a instanceof String x && b instanceof String y) {
            return x.equals(y);
        }
        if (a instanceof Double x && b instanceof Double y) {
            return Double.doubleToRawLongBits(x) == Double.doubleToRawLongBits(y);
        }
        if (a instanceof BigInteger x && b instanceof BigInteger y) {
            return x.equals(y);
        }
        return false;
    }
}
