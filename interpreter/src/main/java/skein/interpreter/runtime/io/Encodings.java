package skein.interpreter.runtime.io;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import skein.interpreter.SkeinLanguage;
import skein.interpreter.runtime.exception.PythonErrors;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Python codec names to Java charsets: {@code 'utf-8'}, {@code 'latin-1'}, {@code 'cp1252'}... */
public final class Encodings {

    private Encodings() {
    }

    @TruffleBoundary
    public static Charset lookup(String name) {
        String normalized = name.toLowerCase(Locale.ROOT).replace('_', '-');
        switch (normalized) {
            case "utf-8", "utf8", "u8", "utf", "cp65001":
                return StandardCharsets.UTF_8;
            case "ascii", "us-ascii", "646":
                return StandardCharsets.US_ASCII;
            case "latin-1", "latin1", "latin", "iso-8859-1", "iso8859-1", "8859", "cp819", "l1":
                return StandardCharsets.ISO_8859_1;
            case "utf-16", "utf16":
                return StandardCharsets.UTF_16;
            case "utf-16-le", "utf-16le":
                return StandardCharsets.UTF_16LE;
            case "utf-16-be", "utf-16be":
                return StandardCharsets.UTF_16BE;
            default:
                break;
        }
        try {
            return Charset.forName(normalized);
        } catch (RuntimeException e) {
            throw PythonErrors.create(SkeinLanguage.types().lookupError, "unknown encoding: " + name);
        }
    }
}
