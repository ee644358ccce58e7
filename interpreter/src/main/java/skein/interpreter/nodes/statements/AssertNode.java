package skein.interpreter.nodes.statements;

import com.oracle.truffle.api.frame.VirtualFrame;
import skein.interpreter.SkeinLanguage;
import skein.interpreter.nodes.ExpressionNode;
import skein.interpreter.nodes.StatementNode;
import skein.interpreter.nodes.operators.TruthNode;
import skein.interpreter.objects.PBaseException;
import skein.interpreter.runtime.Calls;
import skein.interpreter.runtime.exception.PException;

/** {@code assert test, message}. */
public final class AssertNode extends StatementNode {

    @Child private TruthNode test;
    @Child private ExpressionNode message;

    public AssertNode(TruthNode test, ExpressionNode message) {
        this.test = test;
        this.message = message;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        if (!test.executeCondition(frame)) {
            var type = SkeinLanguage.get(this).setup().types().assertionError;
            Object error = message == null ? Calls.call(type) : Calls.call(type, message.execute(frame));
            throw new PException((PBaseException) error, this);
        }
    }
}
