package skein.interpreter.nodes.generators;

import com.oracle.truffle.api.nodes.ControlFlowException;

/**
 * A yield point suspending its frame: unwinds the body to its {@link GeneratorBodyRootNode},
 * carrying the value handed out (the point's index is already in the frame). Made per
 * suspension rather than shared, so that when the body is compiled together with its consumer
 * the compiler can drop the exception and the boxed value altogether.
 */
public final class SuspendException extends ControlFlowException {

    private static final long serialVersionUID = 1L;

    private final transient Object value;

    public SuspendException(Object value) {
        this.value = value;
    }

    public Object value() {
        return value;
    }
}
