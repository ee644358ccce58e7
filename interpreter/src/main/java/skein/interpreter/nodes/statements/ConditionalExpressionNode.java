package skein.interpreter.nodes.statements;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.profiles.CountingConditionProfile;
import skein.interpreter.nodes.ExpressionNode;
import skein.interpreter.nodes.operators.TruthNode;

/** {@code body if test else orelse}. */
public final class ConditionalExpressionNode extends ExpressionNode {

    @Child private TruthNode test;
    @Child private ExpressionNode body;
    @Child private ExpressionNode orelse;
    private final CountingConditionProfile profile = CountingConditionProfile.create();

    public ConditionalExpressionNode(TruthNode test, ExpressionNode body, ExpressionNode orelse) {
        this.test = test;
        this.body = body;
        this.orelse = orelse;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        return profile.profile(test.executeCondition(frame)) ? body.execute(frame) : orelse.execute(frame);
    }
}
