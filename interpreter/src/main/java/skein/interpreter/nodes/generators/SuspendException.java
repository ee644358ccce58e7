package skein.interpreter.nodes.generators;

import com.oracle.truffle.api.nodes.ControlFlowException;
import skein.interpreter.runtime.ResumeSlots;

/**
 * A yield point suspending its frame: unwinds the body to its {@link GeneratorBodyRootNode}.
 * The yielded value and the point's index are already in the frame ({@link ResumeSlots}), so one
 * shared instance serves every thread.
 */
public final class SuspendException extends ControlFlowException {

    private static final long serialVersionUID = 1L;

    public static final SuspendException INSTANCE = new SuspendException();

    private SuspendException() {
    }
}
