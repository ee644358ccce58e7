package skein.stdlib;

import skein.interpreter.objects.PythonClass;
import skein.interpreter.runtime.TypeOf;
import skein.interpreter.runtime.exception.PythonErrors;

/** Checks shared by the {@code __new__} methods of native types. */
public final class Constructors {

    private Constructors() {
    }

    /**
     * The class {@code type.__new__(cls, ...)} was asked to make an instance of: it must be
     * {@code type} or a subclass (anything else, passed by a direct call of {@code __new__}, is
     * refused as CPython refuses it).
     */
    public static PythonClass subtype(Object cls, PythonClass type) {
        if (!(cls instanceof PythonClass candidate)) {
            throw PythonErrors.typeError(type.getName() + ".__new__(X): X is not a type object (" + TypeOf.name(cls) + ")");
        }
        if (!candidate.isSubclassOf(type)) {
            throw PythonErrors.typeError(type.getName() + ".__new__(" + candidate.getName() + "): " + candidate.getName()
                    + " is not a subtype of " + type.getName());
        }
        return candidate;
    }
}
