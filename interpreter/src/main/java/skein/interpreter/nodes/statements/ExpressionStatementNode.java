package skein.interpreter.nodes.statements;

import com.oracle.truffle.api.frame.VirtualFrame;
import skein.interpreter.nodes.ExpressionNode;
import skein.interpreter.nodes.StatementNode;

/** An expression evaluated for its effect. */
public final class ExpressionStatementNode extends StatementNode {

    @Child private ExpressionNode expression;

    public ExpressionStatementNode(ExpressionNode expression) {
        this.expression = expression;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        expression.execute(frame);
    }

    public ExpressionNode expression() {
        return expression;
    }
}
