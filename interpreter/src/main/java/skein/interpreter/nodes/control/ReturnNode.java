package skein.interpreter.nodes.control;

import com.oracle.truffle.api.frame.VirtualFrame;
import skein.interpreter.nodes.ExpressionNode;
import skein.interpreter.nodes.StatementNode;
import skein.interpreter.objects.PNone;

/** {@code return [value]}: stores the value in the return slot; the enclosing statements then stop. */
public final class ReturnNode extends StatementNode {

    @Child private ExpressionNode value;

    public ReturnNode(ExpressionNode value) {
        this.value = value;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        ReturnSlot.set(frame, value == null ? PNone.NONE : value.execute(frame));
    }
}
