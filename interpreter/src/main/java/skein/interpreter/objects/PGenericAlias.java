package skein.interpreter.objects;

/**
 * {@code types.GenericAlias}: what {@code list[int]} evaluates to, the origin class with its
 * type arguments, as annotations written with builtin generics need it.
 */
public final class PGenericAlias extends PythonObject {

    /** The type's name in {@code BuiltinTypes.other}; Python knows it as {@code types.GenericAlias}. */
    public static final String TYPE_NAME = "GenericAlias";

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
