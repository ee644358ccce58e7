package skein.stdlib.futures;

import skein.interpreter.modules.ModuleBuilder;
import skein.interpreter.objects.PythonClass;
import skein.stdlib.PythonLikeClasses;

/**
 * The classes of {@code concurrent.futures._base} that Java code raises or makes, shared by every
 * context: the module's exceptions and {@code Future}, made as CPython's Python classes look.
 */
record FutureClasses(PythonClass error, PythonClass cancelledError, PythonClass invalidStateError,
                     PythonClass brokenExecutor, PythonClass future) {

    static FutureClasses define(ModuleBuilder m) {
        PythonClass error = PythonLikeClasses.define(m, "Error", null, m.types().exception);
        PythonClass cancelled = PythonLikeClasses.define(m, "CancelledError", null, error);
        PythonClass invalidState = PythonLikeClasses.define(m, "InvalidStateError", null, error);
        PythonClass broken = PythonLikeClasses.define(m, "BrokenExecutor", null, m.types().runtimeError);
        PythonClass future = PythonLikeClasses.define(m, "Future", PFuture::new);
        return new FutureClasses(error, cancelled, invalidState, broken, future);
    }

    /** The classes {@code concurrent.futures._base} made, as another module reaches them. */
    static FutureClasses of(ModuleBuilder m) {
        return new FutureClasses(baseClass(m, "Error"), baseClass(m, "CancelledError"), baseClass(m, "InvalidStateError"),
                baseClass(m, "BrokenExecutor"), baseClass(m, "Future"));
    }

    private static PythonClass baseClass(ModuleBuilder m, String name) {
        return (PythonClass) m.memberOf(BaseModule.NAME, name);
    }
}
