package skein.interpreter.runtime.exception;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import skein.interpreter.SkeinLanguage;
import skein.interpreter.objects.PBaseException;
import skein.interpreter.objects.PDict;
import skein.interpreter.objects.PTraceback;
import skein.interpreter.runtime.io.SourceLines;

import java.util.IdentityHashMap;
import java.util.Map;

/** Renders an exception and its chain the way CPython prints an uncaught one. */
public final class Tracebacks {

    private Tracebacks() {
    }

    @TruffleBoundary
    public static String format(PBaseException exception, SourceLines lines) {
        StringBuilder out = new StringBuilder();
        formatChain(exception, lines, out, new IdentityHashMap<>());
        return out.toString();
    }

    private static void formatChain(PBaseException exception, SourceLines lines, StringBuilder out,
                                    Map<PBaseException, Boolean> seen) {
        seen.put(exception, Boolean.TRUE);
        PBaseException cause = exception.cause();
        PBaseException context = exception.context();
        if (cause != null && !seen.containsKey(cause)) {
            formatChain(cause, lines, out, seen);
            out.append("\nThe above exception was the direct cause of the following exception:\n\n");
        } else if (context != null && !exception.suppressContext() && !seen.containsKey(context)) {
            formatChain(context, lines, out, seen);
            out.append("\nDuring handling of the above exception, another exception occurred:\n\n");
        }
        formatOne(exception, lines, out);
    }

    private static void formatOne(PBaseException exception, SourceLines lines, StringBuilder out) {
        PTraceback tb = exception.traceback();
        if (tb != null) {
            out.append("Traceback (most recent call last):\n");
            for (; tb != null; tb = tb.next()) {
                String filename = tb.frame().code().filename();
                out.append("  File \"").append(filename).append("\", line ").append(tb.lineno()).append(", in ")
                        .append(tb.frame().code().name()).append('\n');
                String line = lines.line(filename, tb.lineno());
                if (line != null && !line.isBlank()) {
                    out.append("    ").append(line.strip()).append('\n');
                }
            }
        }
        if (exception.getPythonClass().isSubclassOf(SkeinLanguage.types().syntaxError)) {
            formatSyntaxErrorLocation(exception, out);
            Object msg = exception.getDict() == null ? null : exception.getDict().getItem("msg");
            if (msg instanceof String text) {
                out.append(ExceptionText.qualifiedTypeName(exception.getPythonClass())).append(": ").append(text).append('\n');
                return;
            }
        }
        out.append(ExceptionText.typeAndMessage(exception)).append('\n');
    }

    /** The {@code File "x", line N} header, the source line and the caret of a SyntaxError. */
    private static void formatSyntaxErrorLocation(PBaseException exception, StringBuilder out) {
        PDict dict = exception.getDict();
        if (dict == null) {
            return;
        }
        Object filename = dict.getItem("filename");
        Object lineno = dict.getItem("lineno");
        Object text = dict.getItem("text");
        Object offset = dict.getItem("offset");
        Object endOffset = dict.getItem("end_offset");
        Object endLine = dict.getItem("end_lineno");
        if (filename instanceof String f && lineno instanceof Long line) {
            out.append("  File \"").append(f).append("\", line ").append(line).append('\n');
        }
        if (text instanceof String t) {
            String stripped = t.replaceAll("[\\r\\n]+$", "");
            String trimmed = stripped.stripLeading();
            int removed = stripped.length() - trimmed.length();
            out.append("    ").append(trimmed).append('\n');
            if (offset instanceof Long o && o > 0) {
                int start = (int) Math.max(0, o - 1 - removed);
                int width = 1;
                if (endOffset instanceof Long e && endLine instanceof Long el && lineno instanceof Long l
                        && el.equals(l) && e > o) {
                    width = (int) (e - o);
                }
                out.append("    ").append(" ".repeat(Math.min(start, trimmed.length())))
                        .append("^".repeat(Math.max(1, width))).append('\n');
            }
        }
    }
}
