package skein.interpreter.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import skein.interpreter.SkeinContext;
import skein.interpreter.objects.PythonClass;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Warnings the interpreter itself issues (a coroutine never awaited, a deprecated API), shown
 * as CPython's default filters show them: DeprecationWarning only when triggered in
 * {@code __main__}, PendingDeprecationWarning, ImportWarning and ResourceWarning never, every
 * other category once per location, written to {@code sys.stderr} as
 * {@code file:line: Category: message} followed by the source line.
 */
public final class Warnings {

    /** The locations (and messages) already shown, for the "default" action's once-per-location rule. */
    private final Set<String> shown = ConcurrentHashMap.newKeySet();
    private final SkeinContext context;

    public Warnings(SkeinContext context) {
        this.context = context;
    }

    /**
     * Issues a warning as if raised at {@code filename:lineno} in module {@code module};
     * {@code extraLines} (may be empty) follow the source line.
     */
    @TruffleBoundary
    public void warn(PythonClass category, String message, String filename, int lineno, String module, String extraLines) {
        if (!shouldShow(category, module) || !shown.add(category.getName() + "\0" + message + "\0" + filename + "\0" + lineno)) {
            return;
        }
        StringBuilder text = new StringBuilder();
        text.append(filename).append(':').append(lineno).append(": ").append(category.getName()).append(": ")
                .append(message).append('\n');
        String line = context.sourceLines().line(filename, lineno);
        if (line != null && !line.isBlank()) {
            text.append("  ").append(line.strip()).append('\n');
        }
        text.append(extraLines);
        write(text.toString());
    }

    /**
     * Issues a warning blamed on the Python line that called the running builtin, as
     * {@code warnings.warn(message, category, stacklevel=2)} in a Python function would.
     */
    @TruffleBoundary
    public void warnAtCaller(PythonClass category, String message) {
        CallerFrames.Location caller = CallerFrames.innermostLocation();
        if (caller == null) {
            warn(category, message, "sys", 1, "sys", "");
        } else {
            warn(category, message, caller.filename(), caller.line(), caller.module(), "");
        }
    }

    private boolean shouldShow(PythonClass category, String module) {
        BuiltinTypes types = context.types();
        if (category.isSubclassOf(types.deprecationWarning)) {
            return "__main__".equals(module);
        }
        for (String ignored : new String[]{"PendingDeprecationWarning", "ImportWarning", "ResourceWarning"}) {
            if (category.isSubclassOf(types.exceptionByName(ignored))) {
                return false;
            }
        }
        return true;
    }

    /** Writes to the current {@code sys.stderr}, after what is waiting in stdout. */
    private void write(String text) {
        context.streams().stdout().flushQuietly();
        Object stderr = Attributes.getOrNull(context.sysModule(), "stderr");
        if (stderr == null || stderr == skein.interpreter.objects.PNone.NONE) {
            return;
        }
        Calls.callMethod(stderr, "write", text);
        Object flush = Attributes.getOrNull(stderr, "flush");
        if (flush != null) {
            Calls.call(flush);
        }
    }
}
