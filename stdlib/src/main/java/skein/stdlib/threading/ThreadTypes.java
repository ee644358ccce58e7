package skein.stdlib.threading;

import skein.interpreter.SkeinContext;
import skein.interpreter.SkeinLanguage;
import skein.interpreter.builtins.BuiltinDefiner;
import skein.interpreter.modules.ModuleBuilder;
import skein.interpreter.objects.PDict;
import skein.interpreter.objects.PModule;
import skein.interpreter.objects.PNone;
import skein.interpreter.objects.PTuple;
import skein.interpreter.objects.PythonClass;
import skein.interpreter.runtime.Attributes;
import skein.interpreter.runtime.Comparisons;
import skein.interpreter.runtime.Reprs;
import skein.interpreter.runtime.StarArguments;
import skein.interpreter.runtime.Truthiness;
import skein.interpreter.runtime.TypeOf;
import skein.interpreter.runtime.exception.PythonErrors;
import skein.stdlib.PythonLikeClasses;
import skein.stdlib.thread.LockArguments;

/**
 * {@code threading.Thread}, {@code _MainThread} and {@code _DummyThread}, then {@code Timer} and
 * the module's thread functions (current_thread, enumerate, local, excepthook...). The classes
 * are Python code in CPython, so they are named without their module in messages, their
 * methods word bad calls as Python functions do, and a Python subclass may override
 * {@code run}, {@code join} or anything else.
 */
final class ThreadTypes {

    private ThreadTypes() {
    }

    static void define(ModuleBuilder m) {
        PythonClass thread = pythonClass(m, "Thread", PThread::new);
        defineThread(m.definer(), thread);
        PythonClass main = pythonClass(m, "_MainThread", null, thread);
        m.definer().method(main, "__init__(self)", a -> {
            PThread self = (PThread) a[0];
            self.initialize("MainThread", Boolean.FALSE);
            registry().register(self);
            return PNone.NONE;
        });
        PythonClass dummy = pythonClass(m, "_DummyThread", null, thread);
        defineDummyThread(m.definer(), dummy);
        PythonClass timer = pythonClass(m, "Timer", null, thread);
        TimerType.define(m, timer);
        for (PythonClass cls : new PythonClass[]{thread, main, dummy, timer}) {
            PythonLikeClasses.wordErrorsAsPython(cls);
        }
        ThreadingFunctions.define(m);
    }

    /** Makes this process's registry of threads, when it imports {@code threading}. */
    static void initialize(PModule module, SkeinContext context) {
        PDict globals = module.globals();
        globals.setItem("_trace_hook", PNone.NONE);
        globals.setItem("_profile_hook", PNone.NONE);
        context.moduleState(ThreadRegistry.class, () -> {
            ThreadRegistry registry = new ThreadRegistry(context, module, (PythonClass) globals.getItem("_MainThread"),
                    (PythonClass) globals.getItem("_DummyThread"));
            context.threads().atExit(registry::shutdown);
            return registry;
        });
    }

    /** A class of module {@code threading} named as a Python class is ({@code 'Thread'}, not {@code 'threading.Thread'}). */
    static PythonClass pythonClass(ModuleBuilder m, String name, PythonClass.InstanceFactory factory,
                                   PythonClass... bases) {
        return PythonLikeClasses.define(m, name, factory, bases);
    }

    static ThreadRegistry registry() {
        return ThreadRegistry.of(SkeinContext.get(null));
    }

    private static void defineThread(BuiltinDefiner d, PythonClass thread) {
        d.method(thread, "__init__(self, group=None, target=None, name=None, args=(), kwargs=None, *, daemon=None)",
                a -> {
                    initialize((PThread) a[0], a[1], a[2], a[3], a[4], a[5], a[6]);
                    return PNone.NONE;
                });
        d.method(thread, "start(self)", a -> {
            ((PThread) a[0]).start(registry());
            return PNone.NONE;
        });
        d.method(thread, "run(self)", a -> {
            run((PThread) a[0]);
            return PNone.NONE;
        });
        d.method(thread, "join(self, timeout=None)", a -> {
            join((PThread) a[0], a[1]);
            return PNone.NONE;
        });
        d.method(thread, "is_alive(self)", a -> {
            PThread self = (PThread) a[0];
            self.assertInitialized();
            return self.isAlive();
        });
        d.getSet(thread, "name", self -> {
            ((PThread) self).assertInitialized();
            return ((PThread) self).name();
        }, (self, value) -> setName((PThread) self, value));
        for (String identity : new String[]{"ident", "native_id"}) {
            d.getSet(thread, identity, self -> ident((PThread) self), (self, value) -> {
                throw PythonErrors.attributeError("property '" + identity + "' of '" + TypeOf.get(self).getName()
                        + "' object has no " + (value == null ? "deleter" : "setter"));
            });
        }
        d.getSet(thread, "daemon", self -> {
            ((PThread) self).assertInitialized();
            return ((PThread) self).daemon();
        }, (self, value) -> setDaemon((PThread) self, value));
        d.method(thread, "getName(self)", a -> {
            deprecated("getName() is deprecated, get the name attribute instead");
            ((PThread) a[0]).assertInitialized();
            return ((PThread) a[0]).name();
        });
        d.method(thread, "setName(self, name)", a -> {
            deprecated("setName() is deprecated, set the name attribute instead");
            setName((PThread) a[0], a[1]);
            return PNone.NONE;
        });
        d.method(thread, "isDaemon(self)", a -> {
            deprecated("isDaemon() is deprecated, get the daemon attribute instead");
            ((PThread) a[0]).assertInitialized();
            return ((PThread) a[0]).daemon();
        });
        d.method(thread, "setDaemon(self, daemonic)", a -> {
            deprecated("setDaemon() is deprecated, set the daemon attribute instead");
            setDaemon((PThread) a[0], a[1]);
            return PNone.NONE;
        });
        d.method(thread, "__repr__(self)", a -> {
            PThread self = (PThread) a[0];
            if (!self.isInitialized()) {
                throw assertion("Thread.__init__() was not called");
            }
            return self.repr();
        });
    }

    private static void defineDummyThread(BuiltinDefiner d, PythonClass dummy) {
        d.method(dummy, "__init__(self)", a -> {
            registry().initializeDummy((PThread) a[0]);
            return PNone.NONE;
        });
        d.method(dummy, "is_alive(self)", a -> {
            if (!((PThread) a[0]).isAlive()) {
                throw assertion(null);
            }
            return true;
        });
        d.method(dummy, "join(self, timeout=None)", a -> {
            throw assertion("cannot join a dummy thread");
        });
    }

    /**
     * {@code Thread.__init__}: the name ({@code Thread-N (target)} by default), the daemon flag
     * (the creating thread's by default), and the target with its arguments, kept as the
     * attributes {@code _target}, {@code _args} and {@code _kwargs} that {@code run()} reads.
     */
    static void initialize(PThread self, Object group, Object target, Object name, Object args, Object kwargs,
                           Object daemon) {
        if (group != PNone.NONE) {
            throw assertion("group argument must be None for now");
        }
        ThreadRegistry registry = registry();
        Object keywords = kwargs == PNone.NONE ? new PDict(SkeinLanguage.types().dictType) : kwargs;
        String threadName;
        if (Truthiness.isTrue(name)) {
            threadName = Reprs.str(name);
        } else {
            threadName = registry.newName("Thread-");
            Object targetName = target == PNone.NONE ? null : Attributes.getOrNull(target, "__name__");
            if (targetName != null) {
                threadName += " (" + Reprs.str(targetName) + ")";
            }
        }
        Attributes.set(self, "_target", target);
        Attributes.set(self, "_args", args);
        Attributes.set(self, "_kwargs", keywords);
        self.initialize(threadName, daemon != PNone.NONE ? daemon : registry.current().daemon());
        self.rememberExcepthooks(excepthook(registry.module().globals().getItem("excepthook"), "threading"),
                excepthook(Attributes.get(registry.context().sysModule(), "excepthook"), "sys"));
    }

    /** A hook the thread may fall back on: CPython refuses to make a thread while one is None. */
    private static Object excepthook(Object hook, String module) {
        if (hook == null) {
            throw PythonErrors.nameError(SkeinLanguage.types().nameError, "name 'excepthook' is not defined",
                    "excepthook");
        }
        if (hook == PNone.NONE) {
            throw PythonErrors.runtimeError(module + ".excepthook is None");
        }
        return hook;
    }

    /** {@code Thread.__init__(self)} with every argument left to its default, as {@code Timer} calls it. */
    static void initialize(PThread self) {
        initialize(self, PNone.NONE, PNone.NONE, PNone.NONE, new PTuple(SkeinLanguage.types().tupleType, new Object[0]),
                PNone.NONE, PNone.NONE);
    }

    /** {@code run()}: the target with its arguments; the references are dropped afterwards, as CPython's are. */
    private static void run(PThread self) {
        try {
            Object target = Attributes.get(self, "_target");
            if (target != PNone.NONE) {
                StarArguments.call(target, Attributes.get(self, "_args"), Attributes.get(self, "_kwargs"));
            }
        } finally {
            Attributes.delete(self, "_target");
            Attributes.delete(self, "_args");
            Attributes.delete(self, "_kwargs");
        }
    }

    /** {@code join(timeout)}: the timeout is {@code max(timeout, 0)} seconds, given to a lock's acquire. */
    private static void join(PThread self, Object timeout) {
        if (!self.isInitialized()) {
            throw PythonErrors.runtimeError("Thread.__init__() not called");
        }
        if (!self.isStarted()) {
            throw PythonErrors.runtimeError("cannot join thread before it is started");
        }
        ThreadRegistry registry = registry();
        if (self == registry.current()) {
            throw PythonErrors.runtimeError("cannot join current thread");
        }
        Object bounded = timeout == PNone.NONE || !Comparisons.test(0L, timeout, Comparisons.Op.GT) ? timeout : (Object) 0L;
        if (!self.isAlive()) {
            return;
        }
        long nanos = bounded == PNone.NONE ? -1 : LockArguments.timeoutNanos(Boolean.TRUE, bounded);
        self.awaitStop(registry.context().clock(), nanos);
    }

    private static Object ident(PThread self) {
        self.assertInitialized();
        Long ident = self.ident();
        return ident == null ? PNone.NONE : ident;
    }

    private static void setName(PThread self, Object value) {
        if (value == null) {
            throw PythonErrors.attributeError("property 'name' of '" + TypeOf.get(self).getName()
                    + "' object has no deleter");
        }
        self.assertInitialized();
        self.setName(Reprs.str(value));
    }

    private static void setDaemon(PThread self, Object value) {
        if (value == null) {
            throw PythonErrors.attributeError("property 'daemon' of '" + TypeOf.get(self).getName()
                    + "' object has no deleter");
        }
        if (!self.isInitialized()) {
            throw PythonErrors.runtimeError("Thread.__init__() not called");
        }
        self.setDaemon(value);
    }

    /** A DeprecationWarning blamed on the caller, as {@code warnings.warn(..., stacklevel=2)} blames it. */
    static void deprecated(String message) {
        SkeinContext context = SkeinContext.get(null);
        context.warnings().warnAtCaller(context.types().deprecationWarning, message);
    }

    /** The AssertionError of a failed {@code assert} in CPython's threading.py (null: no message). */
    static RuntimeException assertion(String message) {
        PythonClass type = SkeinLanguage.types().assertionError;
        return message == null ? PythonErrors.createWithArgs(type) : PythonErrors.create(type, message);
    }
}
