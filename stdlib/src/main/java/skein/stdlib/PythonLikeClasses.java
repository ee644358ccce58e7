package skein.stdlib;

import skein.interpreter.modules.ModuleBuilder;
import skein.interpreter.objects.PBuiltinFunction;
import skein.interpreter.objects.PDict;
import skein.interpreter.objects.PythonClass;

/**
 * Native classes standing for classes CPython writes in Python ({@code threading.Thread},
 * {@code queue.Queue}, {@code concurrent.futures.Future}...): error messages call them by their
 * bare name ({@code 'Queue' object has no attribute 'x'}), not {@code module.Name} as they call
 * a type of a C module, and their methods word bad calls as Python functions do.
 */
public final class PythonLikeClasses {

    private PythonLikeClasses() {
    }

    /** A class of module {@code m}, with instance dicts, added to the module. */
    public static PythonClass define(ModuleBuilder m, String name, PythonClass.InstanceFactory factory,
                                     PythonClass... bases) {
        PythonClass cls = m.types().define(name, factory, true, bases);
        cls.getNamespace().setItem("__module__", m.moduleName());
        m.constant(name, cls);
        return cls;
    }

    /** Marks the methods of {@code cls} defined so far as Python-worded in their argument errors. */
    public static void wordErrorsAsPython(PythonClass cls) {
        for (PDict.Entry entry : cls.getNamespace().entrySnapshot()) {
            if (entry.value() instanceof PBuiltinFunction method) {
                method.wordErrorsAsPython();
            }
        }
    }
}
