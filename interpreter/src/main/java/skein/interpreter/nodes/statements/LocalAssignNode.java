package skein.interpreter.nodes.statements;

import com.oracle.truffle.api.frame.VirtualFrame;
import skein.interpreter.nodes.StatementNode;
import skein.interpreter.nodes.variables.WriteLocalNode;

/** {@code x = value} for a function local: the typed write node does it all. */
public final class LocalAssignNode extends StatementNode {

    @Child private WriteLocalNode write;

    public LocalAssignNode(WriteLocalNode write) {
        this.write = write;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        write.execute(frame);
    }
}
