package skein.interpreter.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.Truffle;
import com.oracle.truffle.api.frame.Frame;
import com.oracle.truffle.api.frame.FrameInstance;
import skein.interpreter.SkeinLanguage;
import skein.interpreter.nodes.FunctionRootNode;
import skein.interpreter.objects.FunctionCode;
import skein.interpreter.objects.PCell;
import skein.interpreter.objects.PDict;
import skein.interpreter.objects.PFunction;

/**
 * The Python frame that called the running builtin, for {@code globals()}, {@code locals()},
 * {@code vars()} and {@code dir()} without arguments.
 */
public final class CallerFrames {

    private CallerFrames() {
    }

    /** The innermost Python frame on this thread, read-only; null when there is none. */
    @TruffleBoundary
    public static Frame innermostPythonFrame() {
        return Truffle.getRuntime().iterateFrames(instance -> {
            if (instance.getCallTarget() instanceof com.oracle.truffle.api.RootCallTarget target
                    && target.getRootNode() instanceof FunctionRootNode) {
                return instance.getFrame(FrameInstance.FrameAccess.READ_ONLY);
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
     * {@code locals()}: the namespace of a module or class body, or a fresh dict of a function's
     * bound variables.
     */
    @TruffleBoundary
    public static Object locals() {
        Frame frame = innermostPythonFrame();
        PFunction function = (PFunction) PArguments.getCallee(frame);
        FunctionCode code = function.code();
        switch (code.kind()) {
            case MODULE:
                return function.globals();
            case CLASS_BODY:
                return PArguments.getExtra(frame);
            default:
                break;
        }
        return localsOf(frame);
    }

    /**
     * A fresh dict of the bound variables of a function's frame (cells read through), as
     * {@code f_locals} shows them. Only for code behind a boundary.
     */
    public static PDict localsOf(Frame frame) {
        PDict dict = new PDict(SkeinLanguage.types().dictType);
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
            }
        }
        return dict;
    }
}
