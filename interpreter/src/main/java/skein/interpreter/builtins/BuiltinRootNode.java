package skein.interpreter.builtins;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.RootNode;

/**
 * The root of a builtin written as a {@link BuiltinBody}. The body runs behind a boundary: it is
 * ordinary Java, not code for partial evaluation. Builtins that matter for speed have their own
 * nodes on the calling side.
 */
public final class BuiltinRootNode extends RootNode {

    private final String name;
    private final BuiltinBody body;

    public BuiltinRootNode(TruffleLanguage<?> language, String name, BuiltinBody body) {
        super(language);
        this.name = name;
        this.body = body;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        return invoke(body, frame.getArguments());
    }

    @TruffleBoundary
    private static Object invoke(BuiltinBody body, Object[] arguments) {
        return body.call(arguments);
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public boolean isInternal() {
        return true;
    }

    @Override
    public String toString() {
        return "<builtin " + name + ">";
    }
}
