package skein.stdlib.threading;

import skein.interpreter.SkeinLanguage;
import skein.interpreter.builtins.BuiltinBody;
import skein.interpreter.modules.ModuleBuilder;
import skein.interpreter.objects.PList;
import skein.interpreter.objects.PNone;
import skein.interpreter.runtime.StarArguments;

/**
 * The functions of {@code threading} about threads (current_thread, main_thread, enumerate,
 * active_count, the trace and profile hooks, their deprecated names, {@code _register_atexit}),
 * and what the module takes from {@code _thread} as it is: local, excepthook, ExceptHookArgs,
 * get_ident, stack_size.
 */
final class ThreadingFunctions {

    private static final String TRACE_HOOK = "_trace_hook";
    private static final String PROFILE_HOOK = "_profile_hook";

    private ThreadingFunctions() {
    }

    static void define(ModuleBuilder m) {
        python(m, "current_thread()", a -> ThreadTypes.registry().current());
        python(m, "currentThread()", a -> {
            ThreadTypes.deprecated("currentThread() is deprecated, use current_thread() instead");
            return ThreadTypes.registry().current();
        });
        python(m, "main_thread()", a -> ThreadTypes.registry().mainThread());
        python(m, "enumerate()", a -> new PList(SkeinLanguage.types().listType,
                ThreadTypes.registry().enumerate().toArray()));
        python(m, "active_count()", a -> (long) ThreadTypes.registry().enumerate().size());
        python(m, "activeCount()", a -> {
            ThreadTypes.deprecated("activeCount() is deprecated, use active_count() instead");
            return (long) ThreadTypes.registry().enumerate().size();
        });
        // Threads run without tracing or profiling; the hooks are kept for gettrace/getprofile.
        python(m, "settrace(func)", a -> setGlobal(TRACE_HOOK, a[0]));
        python(m, "setprofile(func)", a -> setGlobal(PROFILE_HOOK, a[0]));
        python(m, "gettrace()", a -> ThreadTypes.registry().module().globals().getItem(TRACE_HOOK));
        python(m, "getprofile()", a -> ThreadTypes.registry().module().globals().getItem(PROFILE_HOOK));
        python(m, "_register_atexit(func, *arg, **kwargs)", a -> {
            ThreadTypes.registry().registerAtExit(() -> StarArguments.call(a[0], a[1], a[2]));
            return PNone.NONE;
        });
        for (String shared : new String[]{"get_ident", "get_native_id", "stack_size"}) {
            m.constant(shared, m.memberOf("_thread", shared));
        }
        m.constant("local", m.memberOf("_thread", "_local"));
        m.constant("excepthook", m.memberOf("_thread", "_excepthook"));
        m.constant("__excepthook__", m.memberOf("_thread", "_excepthook"));
        m.constant("ExceptHookArgs", m.memberOf("_thread", "_ExceptHookArgs"));
    }

    /** A function CPython writes in Python: a bad call is worded as for one. */
    private static void python(ModuleBuilder m, String signature, BuiltinBody body) {
        m.function(signature, body).wordErrorsAsPython();
    }

    private static Object setGlobal(String name, Object value) {
        ThreadTypes.registry().module().globals().setItem(name, value);
        return PNone.NONE;
    }
}
