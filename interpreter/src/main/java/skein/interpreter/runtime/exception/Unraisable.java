package skein.interpreter.runtime.exception;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import skein.interpreter.SkeinContext;
import skein.interpreter.builtins.BuiltinDefiner;
import skein.interpreter.objects.PBaseException;
import skein.interpreter.objects.PBuiltinFunction;
import skein.interpreter.objects.PNone;
import skein.interpreter.objects.PTuple;
import skein.interpreter.objects.PythonClass;
import skein.interpreter.runtime.Attributes;
import skein.interpreter.runtime.BuiltinTypes;
import skein.interpreter.runtime.Calls;
import skein.interpreter.runtime.Reprs;

/**
 * Exceptions that cannot be raised to anyone (one escaping a {@code _thread} thread): they go
 * to {@code sys.unraisablehook} as an {@code UnraisableHookArgs}, whose default prints
 * "Exception ignored in" and the traceback on {@code sys.stderr}.
 */
public final class Unraisable {

    /** The struct sequence's name; CPython does not expose the type in {@code sys}. */
    private static final String ARGS_TYPE = "UnraisableHookArgs";
    private static final String[] FIELDS = {"exc_type", "exc_value", "exc_traceback", "err_msg", "object"};

    private Unraisable() {
    }

    /** Makes the hook's argument type and returns {@code sys.unraisablehook}. */
    public static PBuiltinFunction defineHook(BuiltinDefiner d) {
        BuiltinTypes t = d.types();
        PythonClass args = t.define(ARGS_TYPE, cls -> new PTuple(cls, new Object[0]), false, t.tupleType);
        for (int i = 0; i < FIELDS.length; i++) {
            int index = i;
            d.getter(args, FIELDS[i], self -> ((PTuple) self).get(index));
        }
        d.method(args, "__repr__(self, /)", a -> {
            PTuple self = (PTuple) a[0];
            StringBuilder out = new StringBuilder(ARGS_TYPE).append('(');
            for (int i = 0; i < FIELDS.length; i++) {
                out.append(i == 0 ? "" : ", ").append(FIELDS[i]).append('=').append(Reprs.repr(self.get(i)));
            }
            return out.append(')').toString();
        });
        return d.function("sys", "unraisablehook(unraisable, /)", a -> {
            if (!(a[0] instanceof PTuple unraisable) || unraisable.getPythonClass() != args) {
                throw PythonErrors.typeError("sys.unraisablehook argument type must be UnraisableHookArgs");
            }
            print(SkeinContext.get(null), unraisable.get(1), unraisable.get(3), unraisable.get(4));
            return PNone.NONE;
        });
    }

    /**
     * Reports {@code exception} through {@code sys.unraisablehook}, with {@code message} (e.g.
     * "Exception ignored in thread started by") and the object concerned.
     */
    @TruffleBoundary
    public static void report(SkeinContext context, PBaseException exception, String message, Object object) {
        try {
            Object hook = Attributes.getOrNull(context.sysModule(), "unraisablehook");
            if (hook == null || hook == PNone.NONE) {
                print(context, exception, message, object);
                return;
            }
            Object traceback = exception.traceback() == null ? PNone.NONE : exception.traceback();
            PTuple args = new PTuple(context.types().other(ARGS_TYPE),
                    new Object[]{exception.getPythonClass(), exception, traceback, message, object});
            try {
                Calls.call(hook, args);
            } catch (PException hookFailure) {
                print(context, hookFailure.pythonException(), "Exception ignored in sys.unraisablehook", hook);
            }
        } catch (PException reportFailure) {
            // A report that cannot be written (a broken sys.stderr) has nowhere else to go.
        }
    }

    /** The default hook's text, written to {@code sys.stderr}. */
    private static void print(SkeinContext context, Object exception, Object message, Object object) {
        StringBuilder text = new StringBuilder();
        String prefix = message instanceof String m ? m : "Exception ignored in";
        if (object != PNone.NONE) {
            String shown;
            try {
                shown = Reprs.repr(object);
            } catch (PException e) {
                shown = "<object repr() failed>";
            }
            text.append(prefix).append(": ").append(shown).append('\n');
        } else if (message instanceof String) {
            text.append(prefix).append(":\n");
        }
        if (exception instanceof PBaseException e) {
            text.append(Tracebacks.format(e, context.sourceLines()));
        }
        Object stderr = Attributes.getOrNull(context.sysModule(), "stderr");
        if (stderr == null || stderr == PNone.NONE) {
            return;
        }
        context.streams().stdout().flushQuietly();
        Calls.callMethod(stderr, "write", text.toString());
        Object flush = Attributes.getOrNull(stderr, "flush");
        if (flush != null) {
            Calls.call(flush);
        }
    }
}
