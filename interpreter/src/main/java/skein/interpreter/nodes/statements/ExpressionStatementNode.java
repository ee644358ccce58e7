package skein.interpreter.nodes.statements;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import skein.interpreter.nodes.ExpressionNode;
import skein.interpreter.nodes.StatementNode;
import skein.interpreter.objects.PFunction;
import skein.interpreter.objects.generators.PCoroutine;
import skein.interpreter.objects.generators.UnawaitedCoroutines;
import skein.interpreter.runtime.PArguments;

/**
 * An expression evaluated for its effect. A call whose result is a coroutine it just made drops
 * that coroutine unawaited, which CPython reports there and then (the moment it frees it).
 */
public final class ExpressionStatementNode extends StatementNode {

    @Child private ExpressionNode expression;
    private final boolean discardsCallResult;

    public ExpressionStatementNode(ExpressionNode expression) {
        this(expression, false);
    }

    public ExpressionStatementNode(ExpressionNode expression, boolean discardsCallResult) {
        this.expression = expression;
        this.discardsCallResult = discardsCallResult;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        Object value = expression.execute(frame);
        if (discardsCallResult && value instanceof PCoroutine coroutine
                && PArguments.getThreadState(frame).lastMadeGenerator() == coroutine) {
            PFunction function = (PFunction) PArguments.getCallee(frame);
            dropped(coroutine, function, line());
        }
    }

    @TruffleBoundary
    private static void dropped(PCoroutine coroutine, PFunction function, int line) {
        Object module = function.globals().getItem("__name__");
        UnawaitedCoroutines.dropped(coroutine, function.code().filename(), line, module instanceof String s ? s : null);
    }

    public ExpressionNode expression() {
        return expression;
    }
}
