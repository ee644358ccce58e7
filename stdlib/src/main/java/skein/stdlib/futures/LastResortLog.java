package skein.stdlib.futures;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import skein.interpreter.SkeinContext;
import skein.interpreter.objects.PNone;
import skein.interpreter.runtime.Attributes;
import skein.interpreter.runtime.Calls;
import skein.interpreter.runtime.exception.PException;
import skein.interpreter.runtime.exception.Tracebacks;

/**
 * What CPython's {@code concurrent.futures} logs through its logger {@code "concurrent.futures"}
 * reaches, in a program that configured no logging, logging's last-resort handler: the message
 * alone, then the traceback of the exception being handled, written on the current
 * {@code sys.stderr} (nothing when it is None). Skein has no {@code logging} module, so this is
 * that handler's output, written the same way.
 */
final class LastResortLog {

    private LastResortLog() {
    }

    /** {@code LOGGER.exception(message)} / {@code LOGGER.critical(message, exc_info=True)} while handling {@code e}. */
    @TruffleBoundary
    static void exception(SkeinContext context, String message, PException e) {
        write(context, message + "\n" + Tracebacks.format(e.pythonException(), context.sourceLines()));
    }

    /** {@code LOGGER.critical(message)}, no exception. */
    @TruffleBoundary
    static void message(SkeinContext context, String message) {
        write(context, message + "\n");
    }

    private static void write(SkeinContext context, String text) {
        Object stderr = Attributes.getOrNull(context.sysModule(), "stderr");
        if (stderr == null || stderr == PNone.NONE) {
            return;
        }
        context.streams().stdout().flushQuietly();
        try {
            Calls.callMethod(stderr, "write", text);
            Object flush = Attributes.getOrNull(stderr, "flush");
            if (flush != null) {
                Calls.call(flush);
            }
        } catch (PException ignored) {
            // Logging never lets a failing stream break the code that logs.
        }
    }
}
