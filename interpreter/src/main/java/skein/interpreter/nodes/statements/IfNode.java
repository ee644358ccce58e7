package skein.interpreter.nodes.statements;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.profiles.CountingConditionProfile;
import skein.interpreter.nodes.StatementNode;
import skein.interpreter.nodes.generators.ResumePoints;
import skein.interpreter.nodes.operators.TruthNode;

/**
 * {@code if test: then else: otherwise}; an {@code elif} is an IfNode in {@code otherwise}. A
 * generator resuming inside a branch goes back into it without testing again.
 */
public final class IfNode extends StatementNode {

    @Child private TruthNode test;
    @Child private StatementNode then;
    @Child private StatementNode otherwise;
    private final CountingConditionProfile profile = CountingConditionProfile.create();
    /** The yield points in the test, the then-branch and the else-branch; null outside generators. */
    private final ResumePoints resume;

    public IfNode(TruthNode test, StatementNode then, StatementNode otherwise) {
        this(test, then, otherwise, null);
    }

    public IfNode(TruthNode test, StatementNode then, StatementNode otherwise, ResumePoints resume) {
        this.test = test;
        this.then = then;
        this.otherwise = otherwise;
        this.resume = resume;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        int part = resume == null ? -1 : resume.partToResume(frame);
        boolean condition = part <= 0 ? test.executeCondition(frame) : part == 1;
        if (profile.profile(condition)) {
            then.executeVoid(frame);
        } else if (otherwise != null) {
            otherwise.executeVoid(frame);
        }
    }
}
