package skein.interpreter.nodes.access;

import com.oracle.truffle.api.frame.VirtualFrame;
import skein.interpreter.SkeinLanguage;
import skein.interpreter.nodes.ExpressionNode;
import skein.interpreter.runtime.Subscripts;

/** {@code lower:upper:step} inside brackets: a slice object; absent parts are None. */
public final class SliceNode extends ExpressionNode {

    @Child private ExpressionNode lower;
    @Child private ExpressionNode upper;
    @Child private ExpressionNode step;

    public SliceNode(ExpressionNode lower, ExpressionNode upper, ExpressionNode step) {
        this.lower = lower;
        this.upper = upper;
        this.step = step;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        Object a = lower == null ? null : lower.execute(frame);
        Object b = upper == null ? null : upper.execute(frame);
        Object c = step == null ? null : step.execute(frame);
        return Subscripts.slice(SkeinLanguage.get(this).setup().types(), a, b, c);
    }
}
