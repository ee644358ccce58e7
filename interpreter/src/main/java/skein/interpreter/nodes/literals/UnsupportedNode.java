package skein.interpreter.nodes.literals;

import com.oracle.truffle.api.frame.VirtualFrame;
import skein.interpreter.nodes.ExpressionNode;
import skein.interpreter.runtime.exception.PythonErrors;

/** A construct Skein does not run yet: raises NotImplementedError naming it, when reached. */
public final class UnsupportedNode extends ExpressionNode {

    private final String what;

    public UnsupportedNode(String what) {
        this.what = what;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        throw PythonErrors.notImplementedError(what + " are not supported by Skein yet");
    }
}
