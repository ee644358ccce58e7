package skein.interpreter.nodes.operators;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.Specialization;
import skein.interpreter.runtime.BinaryOp;
import skein.interpreter.runtime.IntOps;
import skein.interpreter.runtime.Operators;

/** {@code a + b}. */
public abstract class AddNode extends BinaryNode {

    @Specialization(rewriteOn = ArithmeticException.class)
    protected long addLong(long a, long b) {
        return Math.addExact(a, b);
    }

    @Specialization(replaces = "addLong")
    protected Object addLongOverflowing(long a, long b) {
        return IntOps.add(a, b);
    }

    @Specialization
    protected double addDouble(double a, double b) {
        return a + b;
    }

    @Specialization
    protected double addLongDouble(long a, double b) {
        return a + b;
    }

    @Specialization
    protected double addDoubleLong(double a, long b) {
        return a + b;
    }

    @Specialization
    protected String addString(String a, String b) {
        return concat(a, b);
    }

    @TruffleBoundary
    private static String concat(String a, String b) {
        return a.concat(b);
    }

    @Fallback
    protected Object generic(Object a, Object b) {
        return Operators.binary(a, b, BinaryOp.ADD);
    }
}
