package skein.interpreter.runtime.io;

import skein.interpreter.SkeinContext;
import skein.interpreter.objects.PythonClass;

import java.nio.charset.StandardCharsets;

/**
 * The process's {@code sys.stdin}, {@code sys.stdout} and {@code sys.stderr}, on the streams the
 * embedder gave the context. Stdout is block-buffered unless it is a terminal; stderr is
 * line-buffered, as in CPython 3.9 and later.
 */
public final class StandardStreams {

    private final PTextIO stdin;
    private final PTextIO stdout;
    private final PTextIO stderr;

    public StandardStreams(SkeinContext context) {
        PythonClass textType = context.types().other("_io.TextIOWrapper");
        var env = context.env();
        boolean interactive = System.console() != null;
        stdin = new PTextIO(textType, "<stdin>", "r", StandardCharsets.UTF_8, ByteStore.of(env.in(), null), true, false,
                false, null);
        stdout = new PTextIO(textType, "<stdout>", "w", StandardCharsets.UTF_8, ByteStore.of(null, env.out()), false, true,
                interactive, null);
        stderr = new PTextIO(textType, "<stderr>", "w", StandardCharsets.UTF_8, ByteStore.of(null, env.err()), false, true,
                true, null);
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
