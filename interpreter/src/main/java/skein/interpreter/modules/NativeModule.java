package skein.interpreter.modules;

import skein.interpreter.SkeinContext;
import skein.interpreter.objects.PModule;

/**
 * A Python module implemented in Java, found through {@link java.util.ServiceLoader}. Its
 * functions and types are made once per language and shared by every context (they are
 * immutable); whatever state a process needs is made per context, on import.
 */
public interface NativeModule {

    /** The module's import name, e.g. {@code "time"} or {@code "concurrent.futures"}. */
    String name();

    /** Makes the module's shared members: functions, types, constants. */
    void define(ModuleBuilder module);

    /** Adds per-process state to a freshly imported module. */
    default void initialize(PModule module, SkeinContext context) {
    }

    /**
     * Python source run in the module's namespace after {@link #initialize}, for the parts that
     * read best as Python; null for none.
     */
    default String pythonSource() {
        return null;
    }
}
