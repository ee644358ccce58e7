package skein.interpreter.nodes.operators;

import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.Specialization;
import skein.interpreter.runtime.BinaryOp;
import skein.interpreter.runtime.Operators;

import java.math.BigInteger;

/**
 * {@code a op= b}. Ints, floats, bools and strings have no in-place methods, so for them it is
 * the plain operator with its fast paths; anything else tries {@code __iop__} first (a list's
 * {@code +=} extends it in place).
 */
public abstract class InPlaceNode extends BinaryNode {

    private final BinaryOp op;
    @Child private BinaryNode plain;

    protected InPlaceNode(BinaryOp op, BinaryNode plain) {
        this.op = op;
        this.plain = plain;
    }

    @Specialization(guards = "isImmutableValue(a)")
    protected Object immutable(Object a, Object b) {
        return plain.executeWith(a, b);
    }

    @Fallback
    protected Object generic(Object a, Object b) {
        return Operators.inplace(a, b, op);
    }

    protected static boolean isImmutableValue(Object value) {
        return value instanceof Long || value instanceof Double || value instanceof String || value instanceof Boolean
                || value instanceof BigInteger;
    }
}
