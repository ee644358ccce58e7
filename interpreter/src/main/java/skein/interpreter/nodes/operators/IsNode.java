package skein.interpreter.nodes.operators;

import com.oracle.truffle.api.dsl.Specialization;
import skein.interpreter.runtime.Identity;

/**
 * {@code a is b}. Ints, floats and strings are Java values without identity, so they are
 * identical when equal, which is what CPython shows for the small ints and interned strings
 * programs compare with {@code is}.
 */
public abstract class IsNode extends BinaryNode {

    @Specialization
    protected boolean doLong(long a, long b) {
        return a == b;
    }

    @Specialization
    protected boolean doBoolean(boolean a, boolean b) {
        return a == b;
    }

    @Specialization
    protected boolean doObject(Object a, Object b) {
        return Identity.same(a, b);
    }
}
