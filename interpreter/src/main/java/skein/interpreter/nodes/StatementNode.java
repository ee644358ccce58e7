package skein.interpreter.nodes;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.Node;

/** A Python statement. It knows its line, for tracebacks. */
public abstract class StatementNode extends Node {

    private int line;

    public abstract void executeVoid(VirtualFrame frame);

    public final int line() {
        return line;
    }

    public final StatementNode atLine(int sourceLine) {
        this.line = sourceLine;
        return this;
    }
}
