package skein.interpreter.nodes.operators;

import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.Specialization;
import skein.interpreter.runtime.BinaryOp;
import skein.interpreter.runtime.format.FloatArithmetic;
import skein.interpreter.runtime.IntOps;
import skein.interpreter.runtime.Operators;

/** {@code a / b}: always a float for numbers. */
public abstract class TrueDivNode extends BinaryNode {

    @Specialization(guards = {"b != 0", "isExactAsDouble(a)", "isExactAsDouble(b)"})
    protected double divSmallLongs(long a, long b) {
        return (double) a / (double) b;
    }

    @Specialization(replaces = "divSmallLongs")
    protected double divLongs(long a, long b) {
        return IntOps.trueDivide(a, b);
    }

    @Specialization
    protected double divDouble(double a, double b) {
        return FloatArithmetic.trueDivide(a, b);
    }

    @Specialization
    protected double divLongDouble(long a, double b) {
        return FloatArithmetic.trueDivide(a, b);
    }

    @Specialization
    protected double divDoubleLong(double a, long b) {
        return FloatArithmetic.trueDivide(a, b);
    }

    /** Both operands convert to double exactly, so one division rounds correctly. */
    protected static boolean isExactAsDouble(long value) {
        return Math.abs(value) < (1L << 53);
    }

    @Fallback
    protected Object generic(Object a, Object b) {
        return Operators.binary(a, b, BinaryOp.TRUEDIV);
    }
}
