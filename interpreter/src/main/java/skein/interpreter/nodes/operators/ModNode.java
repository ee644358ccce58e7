package skein.interpreter.nodes.operators;

import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.Specialization;
import skein.interpreter.runtime.BinaryOp;
import skein.interpreter.runtime.format.FloatArithmetic;
import skein.interpreter.runtime.IntOps;
import skein.interpreter.runtime.Operators;

/** {@code a % b}: modulo for numbers (the sign of the divisor), formatting for strings. */
public abstract class ModNode extends BinaryNode {

    @Specialization(guards = "!isMinusOne(b)")
    protected long modLong(long a, long b) {
        return IntOps.floorMod(a, b);
    }

    @Specialization
    protected double modDouble(double a, double b) {
        return FloatArithmetic.modulo(a, b);
    }

    /** Long.MIN_VALUE % -1 overflows in Java; the generic path handles it. */
    protected static boolean isMinusOne(long b) {
        return b == -1;
    }

    @Fallback
    protected Object generic(Object a, Object b) {
        return Operators.binary(a, b, BinaryOp.MOD);
    }
}
