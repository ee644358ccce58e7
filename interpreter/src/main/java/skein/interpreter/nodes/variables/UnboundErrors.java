package skein.interpreter.nodes.variables;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import skein.interpreter.SkeinLanguage;
import skein.interpreter.runtime.exception.PException;
import skein.interpreter.runtime.exception.PythonErrors;

/** CPython 3.11's errors for reading a name with no value. */
final class UnboundErrors {

    private UnboundErrors() {
    }

    @TruffleBoundary
    static PException unboundLocal(String name) {
        return PythonErrors.nameError(SkeinLanguage.types().unboundLocalError,
                "cannot access local variable '" + name + "' where it is not associated with a value", name);
    }

    @TruffleBoundary
    static PException unboundFree(String name) {
        return PythonErrors.nameError(SkeinLanguage.types().nameError,
                "cannot access free variable '" + name + "' where it is not associated with a value in enclosing scope",
                name);
    }

    @TruffleBoundary
    static PException undefinedName(String name) {
        return PythonErrors.nameError(SkeinLanguage.types().nameError, "name '" + name + "' is not defined", name);
    }
}
