package skein.interpreter.objects;

/**
 * {@code types.UnionType}: what {@code int | None} evaluates to. Its arguments are flattened
 * (a union inside a union contributes its own arguments), {@code None} is stored as
 * {@code NoneType}, and repeats are dropped; a union of one argument is never made.
 */
public final class PUnionType extends PythonObject {

    /** The type's {@code __name__}; it belongs to module {@code types}. */
    public static final String NAME = "UnionType";
    /** The type's key in {@code BuiltinTypes.other}, also its {@code tp_name}. */
    public static final String TYPE_NAME = "types." + NAME;

    private final PTuple args;

    public PUnionType(PythonClass cls, PTuple args) {
        super(cls);
        this.args = args;
    }

    public PTuple args() {
        return args;
    }
}
