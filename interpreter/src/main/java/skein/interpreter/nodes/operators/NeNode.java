package skein.interpreter.nodes.operators;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.Specialization;
import skein.interpreter.runtime.Comparisons;

/** {@code a != b}. */
public abstract class NeNode extends BinaryNode {

    @Specialization
    protected boolean doLong(long a, long b) {
        return a != b;
    }

    @Specialization
    protected boolean doDouble(double a, double b) {
        return a != b;
    }

    @Specialization
    protected boolean doBoolean(boolean a, boolean b) {
        return a != b;
    }

    @Specialization
    protected boolean doString(String a, String b) {
        return compareStrings(a, b);
    }

    @TruffleBoundary
    private static boolean compareStrings(String a, String b) {
        return !a.equals(b);
    }

    @Fallback
    protected Object generic(Object a, Object b) {
        return Comparisons.compare(a, b, Comparisons.Op.NE);
    }
}
