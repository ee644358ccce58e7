package skein.interpreter.nodes.operators;

import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.Specialization;
import skein.interpreter.runtime.BinaryOp;
import skein.interpreter.runtime.IntOps;
import skein.interpreter.runtime.Operators;

/** {@code a >> b}. */
public abstract class RShiftNode extends BinaryNode {

    @Specialization
    protected Object doLong(long a, long b) {
        return IntOps.rshift(a, b);
    }

    @Fallback
    protected Object generic(Object a, Object b) {
        return Operators.binary(a, b, BinaryOp.RSHIFT);
    }
}
