package skein.interpreter.objects;

/**
 * {@code types.GenericAlias}: what {@code list[int]} evaluates to, the origin class with its
 * type arguments, as annotations written with builtin generics need it.
 */
public final class PGenericAlias extends PythonObject {

    /** The type's {@code __name__}; it belongs to module {@code types}. */
    public static final String NAME = "GenericAlias";
    /** The type's key in {@code BuiltinTypes.other}, also its {@code tp_name}. */
    public static final String TYPE_NAME = "types." + NAME;

    private final Object origin;
    private final PTuple args;

    public PGenericAlias(PythonClass cls, Object origin, PTuple args) {
        super(cls);
        this.origin = origin;
        this.args = args;
    }

    /** {@code origin[item]}: a tuple item gives the arguments, anything else is the one argument. */
    public static PGenericAlias of(PythonClass aliasType, PythonClass tupleType, Object origin, Object item) {
        PTuple args = item instanceof PTuple tuple
                ? tuple : new PTuple(tupleType, new Object[]{item});
        return new PGenericAlias(aliasType, origin, args);
    }

    public Object origin() {
        return origin;
    }

    public PTuple args() {
        return args;
    }
}
