package skein.stdlib.queue;

import skein.interpreter.SkeinContext;
import skein.interpreter.builtins.BuiltinDefiner;
import skein.interpreter.modules.ModuleBuilder;
import skein.interpreter.modules.NativeModule;
import skein.interpreter.objects.PDict;
import skein.interpreter.objects.PGenericAlias;
import skein.interpreter.objects.PNone;
import skein.interpreter.objects.PTuple;
import skein.interpreter.objects.PythonClass;
import skein.interpreter.runtime.Truthiness;
import skein.interpreter.runtime.exception.PythonErrors;
import skein.stdlib.Constructors;
import skein.stdlib.Timeouts;

/**
 * The {@code _queue} module: {@code SimpleQueue} and the {@code Empty} exception, which
 * {@code queue} re-exports (so {@code queue.Empty} shows as {@code _queue.Empty}, as in CPython).
 */
public final class SimpleQueueModule implements NativeModule {

    @Override
    public String name() {
        return "_queue";
    }

    @Override
    public void define(ModuleBuilder m) {
        BuiltinDefiner d = m.definer();
        PythonClass empty = m.type("Empty", null, true, m.types().exception);
        PythonClass simpleQueue = m.type("SimpleQueue", null, false);
        Object objectInit = m.types().objectType.lookup("__init__");
        d.staticMethod(simpleQueue, "__new__(cls, *args, **kwargs)", a -> {
            PythonClass cls = Constructors.subtype(a[0], simpleQueue);
            // Arguments are refused unless a subclass's own __init__ takes them, as in CPython.
            if (cls == simpleQueue || cls.lookup("__init__") == objectInit) {
                if (((PTuple) a[1]).size() > 0) {
                    throw PythonErrors.typeError("SimpleQueue() takes no positional arguments");
                }
                if (((PDict) a[2]).size() > 0) {
                    throw PythonErrors.typeError("SimpleQueue() takes no keyword arguments");
                }
            }
            return new SimpleQueue(cls);
        });

        d.method(simpleQueue, "put(self, item, block=True, timeout=None)", a -> {
            ((SimpleQueue) a[0]).put(SkeinContext.currentClock(), a[1]);
            return PNone.NONE;
        });
        d.method(simpleQueue, "put_nowait(self, item)", a -> {
            ((SimpleQueue) a[0]).put(SkeinContext.currentClock(), a[1]);
            return PNone.NONE;
        });
        d.method(simpleQueue, "get(self, block=True, timeout=None)", a -> {
            long timeoutNanos = timeoutNanos(a[1], a[2]);
            return take((SimpleQueue) a[0], timeoutNanos, empty);
        });
        d.method(simpleQueue, "get_nowait(self)", a -> take((SimpleQueue) a[0], 0, empty));
        d.method(simpleQueue, "empty(self)", a -> ((SimpleQueue) a[0]).isEmpty());
        d.method(simpleQueue, "qsize(self)", a -> ((SimpleQueue) a[0]).size());
        d.classMethod(simpleQueue, "__class_getitem__(cls, item, /)", a -> PGenericAlias.of(
                m.types().other(PGenericAlias.TYPE_NAME), m.types().tupleType, a[0], a[1]));
    }

    private static Object take(SimpleQueue queue, long timeoutNanos, PythonClass empty) {
        Object item = queue.get(SkeinContext.currentClock(), timeoutNanos);
        if (item == null) {
            throw PythonErrors.createWithArgs(empty);
        }
        return item;
    }

    /** {@code get}'s arguments as CPython's C code reads them: no wait unless blocking, then the timeout. */
    private static long timeoutNanos(Object block, Object timeout) {
        if (!Truthiness.isTrue(block)) {
            return 0;
        }
        if (timeout == PNone.NONE) {
            return -1;
        }
        long nanos = Timeouts.nanos(timeout);
        if (nanos < 0) {
            throw PythonErrors.valueError("'timeout' must be a non-negative number");
        }
        return nanos;
    }
}
