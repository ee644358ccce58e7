package skein.interpreter.nodes.statements;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import skein.interpreter.SkeinContext;
import skein.interpreter.nodes.ExpressionNode;
import skein.interpreter.nodes.StatementNode;
import skein.interpreter.runtime.Attributes;
import skein.interpreter.runtime.Calls;

/** An expression statement of an interactive cell's last statement: its value goes to {@code sys.displayhook}. */
public final class DisplayExpressionNode extends StatementNode {

    @Child private ExpressionNode expression;

    public DisplayExpressionNode(ExpressionNode expression) {
        this.expression = expression;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        display(expression.execute(frame));
    }

    @TruffleBoundary
    private static void display(Object value) {
        Calls.call(Attributes.get(SkeinContext.get(null).sysModule(), "displayhook"), value);
    }
}
