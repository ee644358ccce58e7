package skein.interpreter.nodes.statements;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import skein.interpreter.SkeinLanguage;
import skein.interpreter.objects.PFunction;
import skein.interpreter.runtime.BuiltinTypes;
import skein.interpreter.runtime.PArguments;
import skein.interpreter.runtime.exception.PException;

/** Records the current frame in a caught exception's traceback, as CPython does when an except clause catches it. */
public final class FrameTraceback {

    private FrameTraceback() {
    }

    public static void record(VirtualFrame frame, PException e) {
        record((PFunction) PArguments.getCallee(frame), e);
    }

    @TruffleBoundary
    private static void record(PFunction function, PException e) {
        BuiltinTypes types = SkeinLanguage.types();
        e.recordFrame(types.tracebackType, types.frameType, function.code(), function.globals());
    }
}
