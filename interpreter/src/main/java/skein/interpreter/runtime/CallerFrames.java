package skein.interpreter.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.Truffle;
import com.oracle.truffle.api.frame.Frame;
import com.oracle.truffle.api.frame.FrameInstance;
import com.oracle.truffle.api.nodes.Node;
import skein.interpreter.SkeinLanguage;
import skein.interpreter.nodes.FunctionRootNode;
import skein.interpreter.nodes.PythonRootNode;
import skein.interpreter.nodes.StatementNode;
import skein.interpreter.objects.FunctionCode;
import skein.interpreter.objects.PCell;
import skein.interpreter.objects.PDict;
import skein.interpreter.objects.PFunction;

/**
 * The Python frames that called the running builtin: for {@code globals()}, {@code locals()},
 * {@code vars()} and {@code dir()} without arguments, and for where a warning is blamed.
 */
public final class CallerFrames {

    private CallerFrames() {
    }

    /** The innermost Python frame on this thread, read-only; null when there is none. */
    @TruffleBoundary
    public static Frame innermostPythonFrame() {
        return innermostPythonFrame(FrameInstance.FrameAccess.READ_ONLY);
    }

    private static Frame innermostPythonFrame(FrameInstance.FrameAccess access) {
        return Truffle.getRuntime().iterateFrames(instance -> {
            if (instance.getCallTarget() instanceof com.oracle.truffle.api.RootCallTarget target
                    && target.getRootNode() instanceof FunctionRootNode) {
                return instance.getFrame(access);
            }
            return null;
        });
    }

    @TruffleBoundary
    public static PDict globals() {
        Frame frame = innermostPythonFrame();
        return ((PFunction) PArguments.getCallee(frame)).globals();
    }

    /**
     * {@code locals()}: the namespace of a module or class body (or the locals exec'd code runs
     * with), or a function frame's locals dict.
     */
    @TruffleBoundary
    public static Object locals() {
        // Materialized: a function frame's locals dict is kept in its arguments, which must be the live ones.
        Frame frame = innermostPythonFrame(FrameInstance.FrameAccess.MATERIALIZE);
        PFunction function = (PFunction) PArguments.getCallee(frame);
        FunctionCode code = function.code();
        Object namespace = PArguments.getExtra(frame);
        return switch (code.kind()) {
            case MODULE -> namespace != null ? namespace : function.globals();
            case CLASS_BODY -> namespace;
            default -> frameLocals(frame, namespace);
        };
    }

    /**
     * A function frame's locals dict, as CPython 3.11 keeps one per frame: made on first use and
     * kept in the frame's extra argument, its variables copied in again at each use (unbound ones
     * removed), other entries left as they are; so what {@code exec} bound there stays visible to
     * later {@code locals()} calls, while the function's own variables never change through it.
     */
    private static PDict frameLocals(Frame frame, Object kept) {
        PDict dict = kept instanceof PDict existing ? existing : new PDict(SkeinLanguage.types().dictType);
        PArguments.setExtra(frame.getArguments(), dict);
        copyVariables(frame, dict);
        return dict;
    }

    /**
     * A fresh dict of the bound variables of a function's frame (cells read through), as
     * {@code f_locals} shows them. Only for code behind a boundary.
     */
    public static PDict localsOf(Frame frame) {
        PDict dict = new PDict(SkeinLanguage.types().dictType);
        copyVariables(frame, dict);
        return dict;
    }

    /** Puts the frame's bound variables (cells read through) in {@code dict}, and takes its unbound ones out. */
    private static void copyVariables(Frame frame, PDict dict) {
        var descriptor = frame.getFrameDescriptor();
        for (int slot = 0; slot < descriptor.getNumberOfSlots(); slot++) {
            Object name = descriptor.getSlotName(slot);
            if (!(name instanceof String variable) || variable.startsWith("<") || variable.startsWith(".")) {
                continue;
            }
            Object value = frame.getValue(slot);
            if (value instanceof PCell cell) {
                value = cell.get();
            }
            if (value != null) {
                dict.setItem(variable, value);
            } else {
                dict.removeItem(variable);
            }
        }
    }

    /**
     * Where Python code is running: a file, the line in it, and the globals of the module whose
     * code it is (null when unknown).
     */
    public record Location(String filename, int line, PDict globals) {
    }

    /**
     * Where the Python frame {@code depth} frames out from the innermost one is (0: the innermost,
     * the one making the call into the running builtin): its line is that of the call it is
     * making. Null when the stack has fewer Python frames: how {@code warnings.warn} finds the
     * place its {@code stacklevel} blames.
     */
    @TruffleBoundary
    public static Location location(int depth) {
        int[] left = {depth};
        return Truffle.getRuntime().iterateFrames(instance -> {
            if (!(instance.getCallTarget() instanceof com.oracle.truffle.api.RootCallTarget target
                    && target.getRootNode() instanceof PythonRootNode root && root.code() != null)) {
                return null;
            }
            if (left[0]-- > 0) {
                return null;
            }
            int line = root.code().firstLine();
            for (Node node = instance.getCallNode(); node != null; node = node.getParent()) {
                if (node instanceof StatementNode statement && statement.line() > 0) {
                    line = statement.line();
                    break;
                }
            }
            Object callee = PArguments.getCallee(instance.getFrame(FrameInstance.FrameAccess.READ_ONLY));
            return new Location(root.code().filename(), line, callee instanceof PFunction function ? function.globals() : null);
        });
    }
}
