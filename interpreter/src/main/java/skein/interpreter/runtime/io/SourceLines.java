package skein.interpreter.runtime.io;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.TruffleFile;
import com.oracle.truffle.api.TruffleLanguage;
import skein.interpreter.parser.SourceDecoder;

import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/** Source lines for tracebacks, read from the files on first use: CPython's linecache. */
public final class SourceLines {

    private final TruffleLanguage.Env env;
    private final ConcurrentHashMap<String, List<String>> files = new ConcurrentHashMap<>();

    public SourceLines(TruffleLanguage.Env env) {
        this.env = env;
    }

    /** Line {@code lineno} (1-based) of {@code filename}, or null when it cannot be read. */
    @TruffleBoundary
    public String line(String filename, int lineno) {
        if (filename.startsWith("<")) {
            return null;
        }
        List<String> lines = files.computeIfAbsent(filename, this::read);
        return lineno >= 1 && lineno <= lines.size() ? lines.get(lineno - 1) : null;
    }

    /** Remembers the text of a source that has no file (such as {@code -c} code) under its name. */
    public void remember(String name, String text) {
        files.put(name, text.lines().toList());
    }

    private List<String> read(String filename) {
        try {
            TruffleFile file = env.getPublicTruffleFile(filename);
            return SourceDecoder.decode(file.readAllBytes(), filename).lines().toList();
        } catch (Exception e) {
            return List.of();
        }
    }
}
