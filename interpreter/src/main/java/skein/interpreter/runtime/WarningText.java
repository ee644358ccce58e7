package skein.interpreter.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import skein.interpreter.SkeinContext;
import skein.interpreter.objects.PNone;

/**
 * A warning as {@code warnings.formatwarning} writes it: {@code file:line: Category: message},
 * then the source line, then (for a warning about an object, as a never-awaited coroutine's)
 * the hint that tracemalloc would tell where the object was made, which Skein never traces.
 */
public final class WarningText {

    private WarningText() {
    }

    /**
     * The text for a warning; {@code line} is the source line to show, or null to read it from
     * the file; {@code aboutAnObject} when the warning has a source object.
     */
    @TruffleBoundary
    public static String format(SkeinContext context, String categoryName, Object message, Object filename,
                                Object lineno, Object line, boolean aboutAnObject) {
        StringBuilder text = new StringBuilder();
        text.append(Reprs.str(filename)).append(':').append(Reprs.str(lineno)).append(": ")
                .append(categoryName).append(": ").append(Reprs.str(message)).append('\n');
        Object shown = line == null || line == PNone.NONE ? sourceLine(context, filename, lineno) : line;
        if (shown != null && Truthiness.isTrue(shown)) {
            text.append("  ").append(Reprs.str(Calls.callMethod(shown, "strip"))).append('\n');
        }
        if (aboutAnObject) {
            text.append(categoryName).append(": Enable tracemalloc to get the object allocation traceback\n");
        }
        return text.toString();
    }

    /** Writes a warning to the current {@code sys.stderr}, after what is waiting in stdout; nowhere if it is None. */
    @TruffleBoundary
    static void write(SkeinContext context, String text) {
        context.streams().stdout().flushQuietly();
        Object stderr = Attributes.getOrNull(context.sysModule(), "stderr");
        if (stderr == null || stderr == PNone.NONE) {
            return;
        }
        Calls.callMethod(stderr, "write", text);
        Object flush = Attributes.getOrNull(stderr, "flush");
        if (flush != null) {
            Calls.call(flush);
        }
    }

    /** What {@code linecache.getline} gives: the line, or null when there is none to read. */
    private static String sourceLine(SkeinContext context, Object filename, Object lineno) {
        if (!(filename instanceof String file) || !(lineno instanceof Long number)
                || number < 1 || number > Integer.MAX_VALUE) {
            return null;
        }
        return context.sourceLines().line(file, number.intValue());
    }
}
