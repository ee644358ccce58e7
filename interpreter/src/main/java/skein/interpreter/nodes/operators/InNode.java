package skein.interpreter.nodes.operators;

import com.oracle.truffle.api.dsl.Specialization;
import skein.interpreter.runtime.Containers;

/** {@code a in b}; {@code negated} makes it {@code a not in b}. */
public abstract class InNode extends BinaryNode {

    private final boolean negated;

    protected InNode(boolean negated) {
        this.negated = negated;
    }

    @Specialization
    protected boolean doObject(Object item, Object container) {
        return Containers.contains(container, item) != negated;
    }
}
