package skein.interpreter.builtins.types;

import skein.interpreter.objects.PDict;
import skein.interpreter.objects.PTuple;
import skein.interpreter.objects.PythonClass;
import skein.interpreter.runtime.TypeOf;
import skein.interpreter.runtime.exception.PythonErrors;

/**
 * The argument checks the builtin containers' constructors share, with CPython's messages:
 * {@code list.__new__(int)}, {@code list(1, 2)}, {@code set(a=1)}.
 */
final class ConstructorArguments {

    private ConstructorArguments() {
    }

    /** The class {@code X.__new__(cls)} was asked for, checked to be {@code base} or a subclass of it. */
    static PythonClass subtype(Object cls, PythonClass base) {
        if (!(cls instanceof PythonClass type)) {
            throw PythonErrors.typeError(base.getName() + ".__new__(X): X is not a type object (" + TypeOf.name(cls) + ")");
        }
        if (!type.isSubclassOf(base)) {
            throw PythonErrors.typeError(base.getName() + ".__new__(" + type.getName() + "): " + type.getName()
                    + " is not a subtype of " + base.getName());
        }
        return type;
    }

    static void noKeywords(String name, PDict kwargs) {
        if (kwargs.size() > 0) {
            throw PythonErrors.typeError(name + "() takes no keyword arguments");
        }
    }

    /** The only positional argument, or null when there is none; TypeError when there are more. */
    static Object atMostOne(String name, PTuple args) {
        checkCount(name, args, 0, 1);
        return args.size() == 0 ? null : args.get(0);
    }

    static void checkCount(String name, PTuple args, int min, int max) {
        int n = args.size();
        if (n < min) {
            throw PythonErrors.typeError(name + " expected at least " + min + " argument" + (min == 1 ? "" : "s")
                    + ", got " + n);
        }
        if (n > max) {
            throw PythonErrors.typeError(name + " expected at most " + max + " argument" + (max == 1 ? "" : "s")
                    + ", got " + n);
        }
    }
}
