package skein.interpreter.modules;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.TruffleFile;
import com.oracle.truffle.api.source.Source;
import skein.interpreter.SkeinLanguage;
import skein.interpreter.parser.SourceDecoder;

import java.io.IOException;

/** Reads a module's {@code .py} file as CPython's importlib does: bytes decoded by its coding declaration (UTF-8 by default). */
public final class SourceFiles {

    private SourceFiles() {
    }

    @TruffleBoundary
    public static Source load(TruffleFile file, String name) throws IOException {
        byte[] bytes = file.readAllBytes();
        String text = SourceDecoder.decodeModule(bytes, name);
        return Source.newBuilder(SkeinLanguage.ID, text, name).uri(file.toUri()).build();
    }
}
