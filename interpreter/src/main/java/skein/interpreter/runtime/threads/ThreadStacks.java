package skein.interpreter.runtime.threads;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.Truffle;
import com.oracle.truffle.api.frame.FrameInstance;
import com.oracle.truffle.api.nodes.Node;
import skein.interpreter.nodes.PythonRootNode;
import skein.interpreter.nodes.StatementNode;
import skein.interpreter.objects.FunctionCode;
import skein.interpreter.runtime.io.SourceLines;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The Python-level stack of the running thread, printed as a traceback prints its entries. */
public final class ThreadStacks {

    private ThreadStacks() {
    }

    /**
     * The current thread's Python frames, outermost first, each as {@code File "f", line N, in
     * name} and its source line, as in a traceback.
     */
    @TruffleBoundary
    public static String current(SourceLines lines) {
        List<String> entries = new ArrayList<>();
        Truffle.getRuntime().iterateFrames(instance -> {
            if (instance.getCallTarget() instanceof RootCallTarget target
                    && target.getRootNode() instanceof PythonRootNode root && root.code() != null) {
                entries.add(entry(root.code(), lineOf(instance), lines));
            }
            return null;
        });
        Collections.reverse(entries);
        return String.join("", entries);
    }

    /** The line a frame is at: that of the statement holding the call it made; 0 when unknown. */
    private static int lineOf(FrameInstance instance) {
        for (Node node = instance.getCallNode(); node != null; node = node.getParent()) {
            if (node instanceof StatementNode statement && statement.line() > 0) {
                return statement.line();
            }
        }
        return 0;
    }

    private static String entry(FunctionCode code, int line, SourceLines lines) {
        int shown = line > 0 ? line : code.firstLine();
        StringBuilder out = new StringBuilder("  File \"").append(code.filename()).append("\", line ").append(shown)
                .append(", in ").append(code.name()).append('\n');
        String text = lines.line(code.filename(), shown);
        if (text != null && !text.isBlank()) {
            out.append("    ").append(text.strip()).append('\n');
        }
        return out.toString();
    }
}
