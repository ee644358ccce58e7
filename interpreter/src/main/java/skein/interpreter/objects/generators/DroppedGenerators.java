package skein.interpreter.objects.generators;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import skein.interpreter.SkeinContext;
import skein.interpreter.runtime.Reprs;
import skein.interpreter.runtime.exception.PException;
import skein.interpreter.runtime.exception.Tracebacks;

/**
 * Closing a generator nobody can reach any more, as CPython does when it frees one: its
 * {@code finally} blocks and {@code __exit__}s run, and an exception from them is reported as
 * "Exception ignored in", never raised.
 */
public final class DroppedGenerators {

    private DroppedGenerators() {
    }

    @TruffleBoundary
    public static void close(Resumable generator) {
        close(generator.resumableFrame(), Reprs.repr(generator));
    }

    /** Closes a frame whose generator ({@code description} is its repr) is gone. */
    @TruffleBoundary
    static void close(ResumableFrame frame, String description) {
        try {
            frame.closeFromOutside();
        } catch (PException e) {
            SkeinContext context = SkeinContext.get(null);
            context.streams().stdout().flushQuietly();
            context.streams().stderr().write("Exception ignored in: " + description + "\n"
                    + Tracebacks.format(e.pythonException(), context.sourceLines()));
            context.streams().stderr().flushQuietly();
        }
    }
}
