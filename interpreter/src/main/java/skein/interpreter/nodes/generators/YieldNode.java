package skein.interpreter.nodes.generators;

import com.oracle.truffle.api.frame.VirtualFrame;
import skein.interpreter.nodes.ExpressionNode;
import skein.interpreter.objects.PBaseException;
import skein.interpreter.objects.PNone;
import skein.interpreter.objects.generators.AsyncGeneratorValue;

/**
 * {@code yield value}: suspends the frame handing out the value; on resume its own value is
 * what was sent in, or it raises what was thrown in. In an async generator the value is marked
 * as yielded, so that it is not mistaken for an {@code await} passing a value up to the loop.
 */
public final class YieldNode extends YieldPointNode {

    /** Null for a bare {@code yield}. */
    @Child private ExpressionNode value;
    private final boolean inAsyncGenerator;

    public YieldNode(ExpressionNode value, int index, boolean inAsyncGenerator) {
        super(index);
        this.value = value;
        this.inAsyncGenerator = inAsyncGenerator;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        if (isResumingHere(frame)) {
            arrive(frame);
            PBaseException thrown = takeThrown(frame);
            if (thrown != null) {
                throw raiseHere(frame, thrown);
            }
            return takeSent(frame);
        }
        Object yielded = value == null ? PNone.NONE : value.execute(frame);
        throw suspend(frame, inAsyncGenerator ? new AsyncGeneratorValue(yielded) : yielded);
    }
}
