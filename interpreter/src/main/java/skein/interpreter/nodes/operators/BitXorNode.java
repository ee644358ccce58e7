package skein.interpreter.nodes.operators;

import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.Specialization;
import skein.interpreter.runtime.BinaryOp;
import skein.interpreter.runtime.Operators;

/** {@code a ^ b}. */
public abstract class BitXorNode extends BinaryNode {

    @Specialization
    protected boolean doBoolean(boolean a, boolean b) {
        return a ^ b;
    }

    @Specialization
    protected long doLong(long a, long b) {
        return a ^ b;
    }

    @Fallback
    protected Object generic(Object a, Object b) {
        return Operators.binary(a, b, BinaryOp.XOR);
    }
}
