package skein.interpreter.objects;

/**
 * A function object: code plus what one execution of its {@code def} captured (globals and
 * builtins, closure cells, default values). Frames of the function reach their globals,
 * builtins and cells through it.
 */
public final class PFunction extends PythonObject {

    /** Replaced only by {@code types.coroutine}, with a copy carrying one more flag. */
    private FunctionCode code;
    private final PDict globals;
    /**
     * Where names missing from the globals are looked up: the builtins module's dict, or what
     * the globals' {@code __builtins__} named when the code was started (any mapping).
     */
    private final Object builtins;
    private final PCell[] closure;
    private volatile Object[] defaults;
    /** One per keyword-only parameter, null where it has no default. */
    private volatile Object[] keywordDefaults;
    private volatile String name;
    private volatile String qualname;

    public PFunction(PythonClass cls, FunctionCode code, PDict globals, Object builtins, PCell[] closure,
                     Object[] defaults, Object[] keywordDefaults) {
        super(cls);
        this.code = code;
        this.globals = globals;
        this.builtins = builtins;
        this.closure = closure;
        this.defaults = defaults;
        this.keywordDefaults = keywordDefaults;
        this.name = code.name();
        this.qualname = code.qualname();
    }

    public FunctionCode code() {
        return code;
    }

    public void setCode(FunctionCode code) {
        this.code = code;
    }

    public PDict globals() {
        return globals;
    }

    public Object builtins() {
        return builtins;
    }

    public PCell[] closure() {
        return closure;
    }

    public Object[] defaults() {
        return defaults;
    }

    public void setDefaults(Object[] defaults) {
        this.defaults = defaults;
    }

    public Object[] keywordDefaults() {
        return keywordDefaults;
    }

    public void setKeywordDefaults(Object[] keywordDefaults) {
        this.keywordDefaults = keywordDefaults;
    }

    public String name() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String qualname() {
        return qualname;
    }

    public void setQualname(String qualname) {
        this.qualname = qualname;
    }
}
