package skein.interpreter.nodes.operators;

import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.Specialization;
import skein.interpreter.runtime.BinaryOp;
import skein.interpreter.runtime.FloatPower;
import skein.interpreter.runtime.IntOps;
import skein.interpreter.runtime.Operators;

/** {@code a ** b}. */
public abstract class PowNode extends BinaryNode {

    @Specialization
    protected Object powLong(long a, long b) {
        return IntOps.pow(a, b);
    }

    @Specialization
    protected Object powDouble(double a, double b) {
        return FloatPower.power(a, b);
    }

    @Specialization
    protected Object powDoubleLong(double a, long b) {
        return FloatPower.power(a, b);
    }

    @Specialization
    protected Object powLongDouble(long a, double b) {
        return FloatPower.power(a, b);
    }

    @Fallback
    protected Object generic(Object a, Object b) {
        return Operators.binary(a, b, BinaryOp.POW);
    }
}
