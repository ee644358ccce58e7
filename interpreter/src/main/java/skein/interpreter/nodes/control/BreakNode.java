package skein.interpreter.nodes.control;

import com.oracle.truffle.api.frame.VirtualFrame;
import skein.interpreter.nodes.StatementNode;

public final class BreakNode extends StatementNode {

    @Override
    public void executeVoid(VirtualFrame frame) {
        throw BreakException.INSTANCE;
    }
}
