package skein.interpreter.nodes.operators;

import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.Specialization;
import skein.interpreter.runtime.BinaryOp;
import skein.interpreter.runtime.IntOps;
import skein.interpreter.runtime.Operators;

/** {@code a - b}. */
public abstract class SubNode extends BinaryNode {

    @Specialization(rewriteOn = ArithmeticException.class)
    protected long subLong(long a, long b) {
        return Math.subtractExact(a, b);
    }

    @Specialization(replaces = "subLong")
    protected Object subLongOverflowing(long a, long b) {
        return IntOps.sub(a, b);
    }

    @Specialization
    protected double subDouble(double a, double b) {
        return a - b;
    }

    @Specialization
    protected double subLongDouble(long a, double b) {
        return a - b;
    }

    @Specialization
    protected double subDoubleLong(double a, long b) {
        return a - b;
    }

    @Fallback
    protected Object generic(Object a, Object b) {
        return Operators.binary(a, b, BinaryOp.SUB);
    }
}
