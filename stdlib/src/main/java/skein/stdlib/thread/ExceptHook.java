package skein.stdlib.thread;

import skein.interpreter.SkeinContext;
import skein.interpreter.builtins.BuiltinDefiner;
import skein.interpreter.modules.ModuleBuilder;
import skein.interpreter.objects.PBaseException;
import skein.interpreter.objects.PNone;
import skein.interpreter.objects.PTuple;
import skein.interpreter.objects.PythonClass;
import skein.interpreter.runtime.Attributes;
import skein.interpreter.runtime.BuiltinTypes;
import skein.interpreter.runtime.Calls;
import skein.interpreter.runtime.Iteration;
import skein.interpreter.runtime.Reprs;
import skein.interpreter.runtime.exception.PException;
import skein.interpreter.runtime.exception.PythonErrors;
import skein.interpreter.runtime.exception.Tracebacks;
import skein.stdlib.Constructors;

/**
 * {@code _thread._excepthook} and its argument type {@code _thread._ExceptHookArgs}, which
 * {@code threading} offers as {@code excepthook} and {@code ExceptHookArgs}: the default report
 * of an exception that escaped a thread's {@code run}, "Exception in thread NAME:" and the
 * traceback on {@code sys.stderr}, with SystemExit ignored.
 */
public final class ExceptHook {

    private static final String[] FIELDS = {"exc_type", "exc_value", "exc_traceback", "thread"};

    private ExceptHook() {
    }

    static void define(ModuleBuilder m) {
        BuiltinTypes t = m.types();
        BuiltinDefiner d = m.definer();
        PythonClass type = m.type("_ExceptHookArgs", cls -> new PTuple(cls, new Object[0]), false, t.tupleType);
        d.staticMethod(type, "__new__(type, sequence, dict=None)", a -> {
            PythonClass cls = Constructors.subtype(a[0], type);
            if (!Iteration.isIterable(a[1])) {
                throw PythonErrors.typeError("constructor requires a sequence");
            }
            Object[] items = Iteration.toArray(a[1]);
            if (items.length != FIELDS.length) {
                throw PythonErrors.typeError(Reprs.qualifiedName(cls) + "() takes a " + FIELDS.length + "-sequence ("
                        + items.length + "-sequence given)");
            }
            return new PTuple(cls, items);
        });
        for (int i = 0; i < FIELDS.length; i++) {
            int index = i;
            d.getter(type, FIELDS[i], self -> ((PTuple) self).get(index));
        }
        d.method(type, "__repr__(self, /)", a -> {
            PTuple self = (PTuple) a[0];
            StringBuilder out = new StringBuilder(Reprs.qualifiedName(self.getPythonClass())).append('(');
            for (int i = 0; i < FIELDS.length; i++) {
                out.append(i == 0 ? "" : ", ").append(FIELDS[i]).append('=').append(Reprs.repr(self.get(i)));
            }
            return out.append(')').toString();
        });
        d.constant(type, "__match_args__", new PTuple(t.tupleType, FIELDS.clone()));
        d.constant(type, "n_sequence_fields", (long) FIELDS.length);
        d.constant(type, "n_fields", (long) FIELDS.length);
        d.constant(type, "n_unnamed_fields", 0L);
        m.function("_excepthook(exc, /)", a -> {
            if (!(a[0] instanceof PTuple args) || !args.getPythonClass().isSubclassOf(type)) {
                throw PythonErrors.typeError("_thread.excepthook argument type must be ExceptHookArgs");
            }
            report(SkeinContext.get(null), args);
            return PNone.NONE;
        });
    }

    /** The argument a hook receives for {@code exception} escaping {@code thread}. */
    public static PTuple arguments(SkeinContext context, PBaseException exception, Object thread) {
        PythonClass type = (PythonClass) context.setup().nativeModule("_thread").members().get("_ExceptHookArgs");
        Object traceback = exception.traceback() == null ? PNone.NONE : exception.traceback();
        return new PTuple(type, new Object[]{exception.getPythonClass(), exception, traceback, thread});
    }

    private static void report(SkeinContext context, PTuple args) {
        Object type = args.get(0);
        if (type instanceof PythonClass cls && cls.isSubclassOf(context.types().systemExit)) {
            return;
        }
        Object thread = args.get(3);
        Object file = Attributes.getOrNull(context.sysModule(), "stderr");
        if ((file == null || file == PNone.NONE) && thread != PNone.NONE) {
            file = Attributes.getOrNull(thread, "_stderr");
        }
        if (file == null || file == PNone.NONE) {
            return;
        }
        write(file, "Exception in thread " + threadName(thread) + ":\n");
        if (args.get(1) instanceof PBaseException exception) {
            write(file, Tracebacks.format(exception, context.sourceLines()));
        }
    }

    /** The thread's {@code name}, or the current thread's ident when there is none. */
    private static String threadName(Object thread) {
        if (thread != PNone.NONE) {
            try {
                Object name = Attributes.getOrNull(thread, "name");
                if (name != null) {
                    return Reprs.str(name);
                }
            } catch (PException e) {
                // CPython falls back on the ident when the name cannot be read.
            }
        }
        return String.valueOf(Idents.of(Thread.currentThread()));
    }

    private static void write(Object file, String text) {
        SkeinContext.get(null).streams().stdout().flushQuietly();
        Calls.callMethod(file, "write", text);
        Object flush = Attributes.getOrNull(file, "flush");
        if (flush != null) {
            Calls.call(flush);
        }
    }
}
