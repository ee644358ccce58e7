package skein.interpreter.nodes.variables;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import skein.interpreter.SkeinLanguage;
import skein.interpreter.runtime.Subscripts;
import skein.interpreter.runtime.TypeOf;
import skein.interpreter.runtime.exception.PException;

/**
 * A class namespace that is not a plain dict (a metaclass's {@code __prepare__} may return any
 * mapping): names are read and written through its item protocol.
 */
final class NamespaceAccess {

    private NamespaceAccess() {
    }

    /** The value, or null when the mapping raises KeyError. */
    @TruffleBoundary
    static Object get(Object namespace, String name) {
        try {
            return Subscripts.getItem(namespace, name);
        } catch (PException e) {
            if (TypeOf.get(e.pythonException()).isSubclassOf(SkeinLanguage.types().keyError)) {
                return null;
            }
            throw e;
        }
    }

    @TruffleBoundary
    static void set(Object namespace, String name, Object value) {
        Subscripts.setItem(namespace, name, value);
    }

    @TruffleBoundary
    static void delete(Object namespace, String name) {
        Subscripts.deleteItem(namespace, name);
    }
}
