package skein.interpreter.builtins;

/**
 * The Java code of a builtin function: receives its bound arguments, one per parameter of its
 * signature in order ({@code *args} as a tuple, {@code **kwargs} as a dict, an omitted optional
 * parameter as its default or {@code Missing.INSTANCE}).
 */
@FunctionalInterface
public interface BuiltinBody {
    Object call(Object[] args);
}
