package skein.interpreter.nodes.operators;

import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.Specialization;
import skein.interpreter.runtime.BinaryOp;
import skein.interpreter.runtime.format.FloatArithmetic;
import skein.interpreter.runtime.IntOps;
import skein.interpreter.runtime.Operators;

/** {@code a // b}: rounds toward minus infinity. */
public abstract class FloorDivNode extends BinaryNode {

    @Specialization(guards = "!overflows(a, b)")
    protected long floorDivLong(long a, long b) {
        return IntOps.floorDiv(a, b);
    }

    @Specialization
    protected double floorDivDouble(double a, double b) {
        return FloatArithmetic.floorDivide(a, b);
    }

    @Fallback
    protected Object generic(Object a, Object b) {
        return Operators.binary(a, b, BinaryOp.FLOORDIV);
    }

    /** The one long quotient that does not fit in a long. */
    protected static boolean overflows(long a, long b) {
        return a == Long.MIN_VALUE && b == -1;
    }
}
