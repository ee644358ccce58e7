package skein.interpreter.objects;

/**
 * Marks a builtin's optional parameter that the caller did not pass, where {@code None} would be
 * a real value ({@code getattr(o, name, None)}, {@code dict.pop(k, None)}). Never visible to Python.
 */
public final class Missing {

    public static final Missing INSTANCE = new Missing();

    private Missing() {
    }
}
