package skein.interpreter.objects.generators;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import skein.interpreter.SkeinContext;

/**
 * The RuntimeWarning CPython gives when a coroutine that never started is freed: "coroutine
 * '...' was never awaited", at the line that dropped it, about the coroutine (so the hint about
 * tracemalloc follows it).
 */
public final class UnawaitedCoroutines {

    private UnawaitedCoroutines() {
    }

    /** A coroutine dropped at {@code filename:line} (in module {@code module}) before it ran; it is closed. */
    @TruffleBoundary
    public static void dropped(PCoroutine coroutine, String filename, int line, String module) {
        ResumableFrame frame = coroutine.resumableFrame();
        if (!frame.closeIfNotStarted()) {
            return;
        }
        SkeinContext context = SkeinContext.get(null);
        context.warnings().warn(context.types().runtimeWarning, message(coroutine), filename, line, module, coroutine);
    }

    /**
     * A coroutine the garbage collector found unstarted, or one still unstarted at the end: with
     * no Python frame to blame, CPython reports it at "sys:1". The collected coroutine is gone,
     * so its name stands for it as the object the warning is about; at the end CPython names
     * no object.
     */
    static void warn(SkeinContext context, String qualname, boolean atShutdown) {
        context.warnings().warn(context.types().runtimeWarning, message(qualname), "sys", 1, "sys",
                atShutdown ? null : qualname);
    }

    private static String message(PCoroutine coroutine) {
        return message(coroutine.qualname());
    }

    private static String message(String qualname) {
        return "coroutine '" + qualname + "' was never awaited";
    }
}
