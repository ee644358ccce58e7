package skein.interpreter.nodes.operators;

import com.oracle.truffle.api.dsl.Specialization;
import skein.interpreter.runtime.Identity;

/** {@code a is not b}. */
public abstract class IsNotNode extends BinaryNode {

    @Specialization
    protected boolean doObject(Object a, Object b) {
        return !Identity.same(a, b);
    }
}
