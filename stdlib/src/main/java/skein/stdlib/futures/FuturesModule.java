package skein.stdlib.futures;

import skein.interpreter.SkeinContext;
import skein.interpreter.modules.ModuleBuilder;
import skein.interpreter.modules.NativeModule;
import skein.interpreter.objects.PDict;
import skein.interpreter.objects.PList;
import skein.interpreter.objects.PModule;
import skein.interpreter.objects.PTuple;
import skein.interpreter.runtime.Attributes;
import skein.interpreter.runtime.Reprs;
import skein.interpreter.runtime.exception.PythonErrors;

/**
 * The package {@code concurrent.futures}: what {@code _base} defines, and the two executors,
 * which (as in CPython) a module {@code __getattr__} imports on first use:
 * {@code ThreadPoolExecutor} from {@code concurrent.futures.thread}, {@code ProcessPoolExecutor}
 * from {@code concurrent.futures.process}, whose import says that multiprocessing is missing.
 */
public final class FuturesModule implements NativeModule {

    private static final String NAME = "concurrent.futures";
    private static final String[] ALL = {"FIRST_COMPLETED", "FIRST_EXCEPTION", "ALL_COMPLETED", "CancelledError",
            "TimeoutError", "BrokenExecutor", "Future", "Executor", "wait", "as_completed", "ProcessPoolExecutor",
            "ThreadPoolExecutor"};

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void define(ModuleBuilder m) {
        for (String name : new String[]{"FIRST_COMPLETED", "FIRST_EXCEPTION", "ALL_COMPLETED", "CancelledError",
                "TimeoutError", "InvalidStateError", "BrokenExecutor", "Future", "Executor", "wait"}) {
            m.constant(name, m.memberOf(BaseModule.NAME, name));
        }
        m.function("__getattr__(name)", a -> executor(a[0]));
        m.function("__dir__()", a -> {
            Object[] names = new Object[ALL.length + 2];
            System.arraycopy(ALL, 0, names, 0, ALL.length);
            names[ALL.length] = "__author__";
            names[ALL.length + 1] = "__doc__";
            return new PTuple(m.types().tupleType, names);
        });
    }

    /** {@code __getattr__}: an executor class, imported and then kept as a global. */
    private static Object executor(Object name) {
        String module = "ThreadPoolExecutor".equals(name) ? ThreadPoolModule.NAME
                : "ProcessPoolExecutor".equals(name) ? ProcessPoolModule.NAME : null;
        if (module == null) {
            throw PythonErrors.attributeError("module '" + NAME + "' has no attribute " + Reprs.repr(name));
        }
        SkeinContext context = SkeinContext.get(null);
        Object executor = Attributes.get(context.importSystem().importAbsolute(module), (String) name);
        PDict globals = context.importSystem().importAbsolute(NAME).globals();
        globals.setItem((String) name, executor);
        return executor;
    }

    /** The package's path, {@code __all__}, and {@code as_completed}, a generator function of each process's {@code _base}. */
    @Override
    public void initialize(PModule module, SkeinContext context) {
        PDict globals = module.globals();
        globals.setItem("__path__", new PList(context.types().listType, new Object[0]));
        globals.setItem("__package__", NAME);
        globals.setItem("__all__", new PTuple(context.types().tupleType, ALL.clone()));
        globals.setItem("as_completed", Attributes.get(context.importSystem().importAbsolute(BaseModule.NAME),
                "as_completed"));
    }
}
