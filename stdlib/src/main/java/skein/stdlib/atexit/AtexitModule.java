package skein.stdlib.atexit;

import skein.interpreter.SkeinContext;
import skein.interpreter.modules.ModuleBuilder;
import skein.interpreter.modules.NativeModule;
import skein.interpreter.objects.PDict;
import skein.interpreter.objects.PModule;
import skein.interpreter.objects.PNone;
import skein.interpreter.objects.PTuple;
import skein.interpreter.objects.PythonClass;
import skein.interpreter.runtime.Calls;
import skein.interpreter.runtime.exception.PythonErrors;

import java.util.Arrays;

/**
 * The {@code atexit} module: callbacks that run when the program ends, after the non-daemon
 * threads have ended, last registered first ({@link ExitCallbacks}).
 */
public final class AtexitModule implements NativeModule {

    @Override
    public String name() {
        return "atexit";
    }

    @Override
    public void define(ModuleBuilder m) {
        PythonClass tuple = m.types().tupleType;
        // func is not a named parameter: CPython's register takes it from *args, so func=... is a keyword for it.
        m.function("register(*args, **kwargs)", a -> {
            Object[] args = ((PTuple) a[0]).items();
            if (args.length == 0) {
                throw PythonErrors.typeError("register() takes at least 1 argument (0 given)");
            }
            Object function = args[0];
            if (!Calls.isCallable(function)) {
                throw PythonErrors.typeError("the first argument must be callable");
            }
            PTuple rest = new PTuple(tuple, Arrays.copyOfRange(args, 1, args.length));
            callbacks().register(function, rest, (PDict) a[1]);
            return function;
        });
        m.function("unregister(func, /)", a -> {
            callbacks().unregister(a[0]);
            return PNone.NONE;
        });
        m.function("_run_exitfuncs()", a -> {
            callbacks().runAll();
            return PNone.NONE;
        });
        m.function("_clear()", a -> {
            callbacks().clear();
            return PNone.NONE;
        });
        m.function("_ncallbacks()", a -> (long) callbacks().count());
    }

    /** Sets up the exit hook when the module is imported, before any callback is registered. */
    @Override
    public void initialize(PModule module, SkeinContext context) {
        ExitCallbacks.of(context);
    }

    private static ExitCallbacks callbacks() {
        return ExitCallbacks.of(SkeinContext.get(null));
    }
}
