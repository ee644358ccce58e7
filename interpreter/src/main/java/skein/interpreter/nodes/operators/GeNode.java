package skein.interpreter.nodes.operators;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.Specialization;
import skein.interpreter.runtime.Comparisons;
import skein.interpreter.runtime.StrOps;

/** {@code a >= b}. */
public abstract class GeNode extends BinaryNode {

    @Specialization
    protected boolean doLong(long a, long b) {
        return a >= b;
    }

    @Specialization
    protected boolean doDouble(double a, double b) {
        return a >= b;
    }

    @Specialization
    protected boolean doString(String a, String b) {
        return compareStrings(a, b);
    }

    @TruffleBoundary
    private static boolean compareStrings(String a, String b) {
        return StrOps.compare(a, b) >= 0;
    }

    @Fallback
    protected Object generic(Object a, Object b) {
        return Comparisons.compare(a, b, Comparisons.Op.GE);
    }
}
