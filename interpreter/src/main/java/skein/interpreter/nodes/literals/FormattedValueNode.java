package skein.interpreter.nodes.literals;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import skein.interpreter.nodes.ExpressionNode;
import skein.interpreter.runtime.Formatting;
import skein.interpreter.runtime.Reprs;

/** One {@code {value!conversion:spec}} field of an f-string, as text. */
public final class FormattedValueNode extends ExpressionNode {

    @Child private ExpressionNode value;
    /** -1 for none, else 's', 'r' or 'a'. */
    private final int conversion;
    /** Null when there is no format spec. */
    @Child private ExpressionNode spec;

    public FormattedValueNode(ExpressionNode value, int conversion, ExpressionNode spec) {
        this.value = value;
        this.conversion = conversion;
        this.spec = spec;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        Object v = value.execute(frame);
        String formatSpec = spec == null ? "" : (String) spec.execute(frame);
        return render(v, formatSpec);
    }

    @TruffleBoundary
    private String render(Object v, String formatSpec) {
        Object converted = switch (conversion) {
            case 's' -> Reprs.str(v);
            case 'r' -> Reprs.repr(v);
            case 'a' -> Formatting.ascii(v);
            default -> v;
        };
        if (formatSpec.isEmpty() && converted instanceof String s) {
            return s;
        }
        return Formatting.format(converted, formatSpec);
    }
}
