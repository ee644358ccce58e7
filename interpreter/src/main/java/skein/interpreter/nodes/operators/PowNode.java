package skein.interpreter.nodes.operators;

import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.Specialization;
import skein.interpreter.runtime.BinaryOp;
import skein.interpreter.runtime.FloatOps;
import skein.interpreter.runtime.IntOps;
import skein.interpreter.runtime.Operators;

/** {@code a ** b}. */
public abstract class PowNode extends BinaryNode {

    @Specialization
    protected Object powLong(long a, long b) {
        return IntOps.pow(a, b);
    }

    @Specialization
    protected double powDouble(double a, double b) {
        return FloatOps.pow(a, b);
    }

    @Specialization
    protected double powDoubleLong(double a, long b) {
        return FloatOps.pow(a, b);
    }

    @Specialization
    protected double powLongDouble(long a, double b) {
        return FloatOps.pow(a, b);
    }

    @Fallback
    protected Object generic(Object a, Object b) {
        return Operators.binary(a, b, BinaryOp.POW);
    }
}
