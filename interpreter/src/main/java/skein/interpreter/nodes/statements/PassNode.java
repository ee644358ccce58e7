package skein.interpreter.nodes.statements;

import com.oracle.truffle.api.frame.VirtualFrame;
import skein.interpreter.nodes.StatementNode;

/** {@code pass}, and the empty body of a module. */
public final class PassNode extends StatementNode {

    @Override
    public void executeVoid(VirtualFrame frame) {
    }
}
