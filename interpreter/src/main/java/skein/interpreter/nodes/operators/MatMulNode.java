package skein.interpreter.nodes.operators;

import com.oracle.truffle.api.dsl.Specialization;
import skein.interpreter.runtime.BinaryOp;
import skein.interpreter.runtime.Operators;

/** {@code a @ b}: no builtin type implements it; only the protocol. */
public abstract class MatMulNode extends BinaryNode {

    @Specialization
    protected Object generic(Object a, Object b) {
        return Operators.binary(a, b, BinaryOp.MATMUL);
    }
}
