package skein.interpreter.nodes.calls;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import skein.interpreter.nodes.ExpressionNode;
import skein.interpreter.runtime.PArguments;

/** {@code f(a, b, k=v)}: positional and named arguments, without {@code *} or {@code **}. */
public final class CallNode extends ExpressionNode {

    @Child private ExpressionNode callee;
    @Children private final ExpressionNode[] arguments;
    private final String[] keywordNames;
    @Children private final ExpressionNode[] keywordValues;
    @Child private CallDispatchNode dispatch = CallDispatchNodeGen.create();

    /** @param keywordNames null when there are no keyword arguments */
    public CallNode(ExpressionNode callee, ExpressionNode[] arguments, String[] keywordNames,
                    ExpressionNode[] keywordValues) {
        this.callee = callee;
        this.arguments = arguments;
        this.keywordNames = keywordNames;
        this.keywordValues = keywordValues;
    }

    @Override
    @ExplodeLoop
    public Object execute(VirtualFrame frame) {
        Object function = callee.execute(frame);
        Object[] args = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            args[i] = arguments[i].execute(frame);
        }
        Object[] values = null;
        if (keywordNames != null) {
            values = new Object[keywordValues.length];
            for (int i = 0; i < keywordValues.length; i++) {
                values[i] = keywordValues[i].execute(frame);
            }
        }
        return dispatch.execute(function, args, keywordNames, values, PArguments.getThreadState(frame));
    }
}
