package skein.interpreter.objects;

/**
 * The parameters of a function, and the layout in which a call binds its arguments: positional
 * parameters first (positional-only ones leading), then the {@code *args} tuple if any, then the
 * keyword-only parameters, then the {@code **kwargs} dict if any.
 */
public final class Signature {

    private final String[] names;
    private final int positionalOnlyCount;
    private final int positionalCount;
    private final int keywordOnlyCount;
    private final boolean varArgs;
    private final boolean varKeywords;

    /**
     * @param names every parameter in binding order, the {@code *args} and {@code **kwargs}
     *              names included where present
     */
    public Signature(String[] names, int positionalOnlyCount, int positionalCount, int keywordOnlyCount,
                     boolean varArgs, boolean varKeywords) {
        this.names = names;
        this.positionalOnlyCount = positionalOnlyCount;
        this.positionalCount = positionalCount;
        this.keywordOnlyCount = keywordOnlyCount;
        this.varArgs = varArgs;
        this.varKeywords = varKeywords;
    }

    /** Parameters {@code a, b, c}, all positional or keyword, nothing else. */
    public static Signature positional(String... names) {
        return new Signature(names, 0, names.length, 0, false, false);
    }

    public String[] names() {
        return names;
    }

    public int slotCount() {
        return names.length;
    }

    public int positionalOnlyCount() {
        return positionalOnlyCount;
    }

    /** Positional parameters, positional-only ones included. */
    public int positionalCount() {
        return positionalCount;
    }

    public int keywordOnlyCount() {
        return keywordOnlyCount;
    }

    public boolean hasVarArgs() {
        return varArgs;
    }

    public boolean hasVarKeywords() {
        return varKeywords;
    }

    public int varArgsIndex() {
        return positionalCount;
    }

    public int keywordOnlyStart() {
        return positionalCount + (varArgs ? 1 : 0);
    }

    public int varKeywordsIndex() {
        return keywordOnlyStart() + keywordOnlyCount;
    }

    /** True when a call with exactly {@code n} positional arguments binds them one to one. */
    public boolean takesExactlyPositional(int n) {
        return n == positionalCount && !varArgs && !varKeywords && keywordOnlyCount == 0;
    }
}
