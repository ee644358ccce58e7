package skein.interpreter.runtime;

/**
 * A compiled regular expression in a warnings filter (the message or module part), which the
 * filter search asks directly instead of calling its Python {@code match} method.
 */
public interface WarningFilterPattern {

    /** Whether the pattern matches at the start of {@code text}, as {@code re.Pattern.match} does. */
    boolean matchesStart(String text);
}
