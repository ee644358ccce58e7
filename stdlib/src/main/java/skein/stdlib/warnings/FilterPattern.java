package skein.stdlib.warnings;

import skein.interpreter.objects.PythonClass;
import skein.interpreter.objects.PythonObject;
import skein.interpreter.runtime.Reprs;
import skein.interpreter.runtime.WarningFilterPattern;

import java.util.regex.Pattern;

/**
 * A compiled pattern in a filter {@code filterwarnings} adds, standing in for {@code re.Pattern}
 * until Skein has an {@code re} module: it keeps the Python text and flags to show and compare,
 * and matches with {@link java.util.regex}, which reads the patterns written for warning
 * filters (literal text, {@code .*}, classes, anchors) as Python does.
 */
final class FilterPattern extends PythonObject implements WarningFilterPattern {

    /** {@code re.UNICODE}, which every str pattern has. */
    private static final long UNICODE = 32;
    /** {@code re.IGNORECASE}. */
    private static final long IGNORECASE = 2;

    private final String text;
    private final boolean ignoreCase;
    private final Pattern compiled;

    FilterPattern(PythonClass cls, String text, boolean ignoreCase, Pattern compiled) {
        super(cls);
        this.text = text;
        this.ignoreCase = ignoreCase;
        this.compiled = compiled;
    }

    /** Compiles {@code text} as Python compiles a str pattern: Unicode classes, Unicode case folding when asked. */
    static Pattern compile(String text, boolean ignoreCase) {
        int flags = Pattern.UNICODE_CHARACTER_CLASS | (ignoreCase ? Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE : 0);
        return Pattern.compile(text, flags);
    }

    @Override
    public boolean matchesStart(String candidate) {
        return compiled.matcher(candidate).lookingAt();
    }

    String text() {
        return text;
    }

    long flags() {
        return UNICODE | (ignoreCase ? IGNORECASE : 0);
    }

    boolean sameAs(FilterPattern other) {
        return text.equals(other.text) && ignoreCase == other.ignoreCase;
    }

    /** As {@code re.Pattern} shows itself: the flags beyond {@code re.UNICODE} are named. */
    String repr() {
        return "re.compile(" + Reprs.repr(text) + (ignoreCase ? ", re.IGNORECASE)" : ")");
    }
}
