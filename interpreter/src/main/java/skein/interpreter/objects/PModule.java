package skein.interpreter.objects;

/** A module: its name and its globals, which are its {@code __dict__}. */
public final class PModule extends PythonObject {

    private final String name;

    public PModule(PythonClass cls, String name, PDict globals) {
        super(cls);
        this.name = name;
        setDict(globals);
    }

    public String getName() {
        return name;
    }

    public PDict globals() {
        return getDict();
    }
}
