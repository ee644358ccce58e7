package skein.interpreter.nodes.literals;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import skein.interpreter.nodes.ExpressionNode;

/** An f-string: its pieces, each already text, joined. */
public final class JoinedStringNode extends ExpressionNode {

    @Children private final ExpressionNode[] parts;

    public JoinedStringNode(ExpressionNode[] parts) {
        this.parts = parts;
    }

    @Override
    @ExplodeLoop
    public Object execute(VirtualFrame frame) {
        String[] texts = new String[parts.length];
        for (int i = 0; i < parts.length; i++) {
            texts[i] = (String) parts[i].execute(frame);
        }
        return join(texts);
    }

    @TruffleBoundary
    private static String join(String[] texts) {
        return String.join("", texts);
    }
}
