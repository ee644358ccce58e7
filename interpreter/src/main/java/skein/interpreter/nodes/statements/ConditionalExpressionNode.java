package skein.interpreter.nodes.statements;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.profiles.CountingConditionProfile;
import skein.interpreter.nodes.ExpressionNode;
import skein.interpreter.nodes.generators.ResumePoints;
import skein.interpreter.nodes.operators.TruthNode;

/** {@code body if test else orelse}. A generator resuming in a branch goes back into it without testing again. */
public final class ConditionalExpressionNode extends ExpressionNode {

    @Child private TruthNode test;
    @Child private ExpressionNode body;
    @Child private ExpressionNode orelse;
    private final CountingConditionProfile profile = CountingConditionProfile.create();
    /** The yield points in the test, the body and the else-branch; null outside generators. */
    private final ResumePoints resume;

    public ConditionalExpressionNode(TruthNode test, ExpressionNode body, ExpressionNode orelse, ResumePoints resume) {
        this.test = test;
        this.body = body;
        this.orelse = orelse;
        this.resume = resume;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        int part = resume == null ? -1 : resume.partToResume(frame);
        boolean condition = part <= 0 ? test.executeCondition(frame) : part == 1;
        return profile.profile(condition) ? body.execute(frame) : orelse.execute(frame);
    }
}
