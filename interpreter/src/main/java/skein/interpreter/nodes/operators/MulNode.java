package skein.interpreter.nodes.operators;

import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.Specialization;
import skein.interpreter.runtime.BinaryOp;
import skein.interpreter.runtime.IntOps;
import skein.interpreter.runtime.Operators;

/** {@code a * b}. */
public abstract class MulNode extends BinaryNode {

    @Specialization(rewriteOn = ArithmeticException.class)
    protected long mulLong(long a, long b) {
        return Math.multiplyExact(a, b);
    }

    @Specialization(replaces = "mulLong")
    protected Object mulLongOverflowing(long a, long b) {
        return IntOps.mul(a, b);
    }

    @Specialization
    protected double mulDouble(double a, double b) {
        return a * b;
    }

    @Specialization
    protected double mulLongDouble(long a, double b) {
        return a * b;
    }

    @Specialization
    protected double mulDoubleLong(double a, long b) {
        return a * b;
    }

    @Fallback
    protected Object generic(Object a, Object b) {
        return Operators.binary(a, b, BinaryOp.MUL);
    }
}
