package skein.interpreter.runtime.io;

import skein.interpreter.SkeinContext;
import skein.interpreter.objects.PythonClass;

import java.util.Map;
import java.util.Set;

/**
 * The process's {@code sys.stdin}, {@code sys.stdout} and {@code sys.stderr}, on the streams the
 * embedder gave the context, in UTF-8 with newline "\n" (no translation), as CPython on POSIX.
 * Stdout is block-buffered unless it is a terminal; stderr is line-buffered, as in CPython 3.9
 * and later. Stderr escapes what it cannot encode with backslashes; stdin and stdout use
 * surrogateescape in the C locale and the UTF-8 locales CPython coerces it to, strict in others.
 */
public final class StandardStreams {

    private static final String ENCODING = "utf-8";
    /** The locales in which CPython's stdin and stdout use surrogateescape: C, POSIX and its coercion targets. */
    private static final Set<String> ESCAPING_LOCALES = Set.of("C", "POSIX", "C.UTF-8", "C.utf8", "UTF-8");

    private final PTextIO stdin;
    private final PTextIO stdout;
    private final PTextIO stderr;

    public StandardStreams(SkeinContext context) {
        PythonClass textType = context.types().other("_io.TextIOWrapper");
        var env = context.env();
        boolean interactive = System.console() != null;
        String errors = ESCAPING_LOCALES.contains(characterLocale(env.getEnvironment())) ? "surrogateescape" : "strict";
        stdin = new PTextIO(textType, "<stdin>", "r", ENCODING, errors, ByteStore.of(env.in(), null), true, false,
                false, "\n");
        stdout = new PTextIO(textType, "<stdout>", "w", ENCODING, errors, ByteStore.of(null, env.out()), false, true,
                interactive, "\n");
        stderr = new PTextIO(textType, "<stderr>", "w", ENCODING, "backslashreplace", ByteStore.of(null, env.err()),
                false, true, true, "\n");
    }

    /** The locale for character classification the environment selects, as setlocale reads it; "C" when none. */
    private static String characterLocale(Map<String, String> environment) {
        for (String variable : new String[] {"LC_ALL", "LC_CTYPE", "LANG"}) {
            String value = environment.get(variable);
            if (value != null && !value.isEmpty()) {
                return value;
            }
        }
        return "C";
    }

    public PTextIO stdin() {
        return stdin;
    }

    public PTextIO stdout() {
        return stdout;
    }

    public PTextIO stderr() {
        return stderr;
    }

    /** Writes out whatever is buffered; at exit and before the process reports an error. */
    public void flushAll() {
        stdout.flushQuietly();
        stderr.flushQuietly();
    }
}
