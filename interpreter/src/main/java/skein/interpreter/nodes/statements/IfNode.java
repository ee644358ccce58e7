package skein.interpreter.nodes.statements;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.profiles.CountingConditionProfile;
import skein.interpreter.nodes.StatementNode;
import skein.interpreter.nodes.operators.TruthNode;

/** {@code if test: then else: otherwise}; an {@code elif} is an IfNode in {@code otherwise}. */
public final class IfNode extends StatementNode {

    @Child private TruthNode test;
    @Child private StatementNode then;
    @Child private StatementNode otherwise;
    private final CountingConditionProfile profile = CountingConditionProfile.create();

    public IfNode(TruthNode test, StatementNode then, StatementNode otherwise) {
        this.test = test;
        this.then = then;
        this.otherwise = otherwise;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        if (profile.profile(test.executeCondition(frame))) {
            then.executeVoid(frame);
        } else if (otherwise != null) {
            otherwise.executeVoid(frame);
        }
    }
}
