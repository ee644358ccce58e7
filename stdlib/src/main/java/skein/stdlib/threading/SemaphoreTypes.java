package skein.stdlib.threading;

import skein.interpreter.SkeinContext;
import skein.interpreter.builtins.BuiltinDefiner;
import skein.interpreter.modules.ModuleBuilder;
import skein.interpreter.objects.PBuiltinFunction;
import skein.interpreter.objects.PNone;
import skein.interpreter.objects.PythonClass;
import skein.interpreter.runtime.Calls;
import skein.interpreter.runtime.Comparisons;
import skein.interpreter.runtime.Numbers;
import skein.interpreter.runtime.ObjectIds;
import skein.interpreter.runtime.Reprs;
import skein.interpreter.runtime.Truthiness;
import skein.interpreter.runtime.TypeOf;
import skein.interpreter.runtime.clock.Clock;
import skein.interpreter.runtime.exception.PythonErrors;

import java.math.BigInteger;

/**
 * The types {@code threading.Semaphore} and its subclass {@code threading.BoundedSemaphore},
 * with CPython's arguments, errors and reprs. Their instances have a {@code __dict__}, as those
 * of CPython's Python classes do.
 */
final class SemaphoreTypes {

    private SemaphoreTypes() {
    }

    static void define(ModuleBuilder m) {
        BuiltinDefiner d = m.definer();
        PythonClass semaphore = m.type("Semaphore", Semaphore::new, true);
        PythonClass bounded = m.type("BoundedSemaphore", null, true, semaphore);

        d.method(semaphore, "__init__(self, value=1)", a -> {
            ((Semaphore) a[0]).init(initialValue(a[1]), false);
            return PNone.NONE;
        });
        d.method(bounded, "__init__(self, value=1)", a -> {
            ((Semaphore) a[0]).init(initialValue(a[1]), true);
            return PNone.NONE;
        });
        d.method(semaphore, "acquire(self, blocking=True, timeout=None)", a -> acquire((Semaphore) a[0], a[1], a[2]));
        d.method(semaphore, "__enter__(self, blocking=True, timeout=None)", a -> acquire((Semaphore) a[0], a[1], a[2]));
        PBuiltinFunction release = d.method(semaphore, "release(self, n=1)", a -> {
            ((Semaphore) a[0]).release(SkeinContext.currentClock(), permits(a[1]), false);
            return PNone.NONE;
        });
        PBuiltinFunction boundedRelease = d.method(bounded, "release(self, n=1)", a -> {
            ((Semaphore) a[0]).release(SkeinContext.currentClock(), permits(a[1]), true);
            return PNone.NONE;
        });
        // CPython's __exit__ calls self.release(), so a subclass's release is the one that runs.
        d.method(semaphore, "__exit__(self, t, v, tb)", a -> {
            Semaphore self = (Semaphore) a[0];
            Object method = TypeOf.get(self).lookup("release");
            if (method == release || method == boundedRelease) {
                self.release(SkeinContext.currentClock(), 1, method == boundedRelease);
            } else {
                Calls.callMethod(self, "release");
            }
            return PNone.NONE;
        });
        d.getSet(semaphore, "_value", self -> ((Semaphore) self).value(), (self, value) -> {
            if (value == null) {
                throw PythonErrors.attributeError("'" + TypeOf.name(self) + "' object attribute '_value' cannot be deleted");
            }
            ((Semaphore) self).setValue(asLong(value));
        });
        d.method(semaphore, "__repr__(self, /)", a -> repr((Semaphore) a[0], "value=" + ((Semaphore) a[0]).value()));
        d.method(bounded, "__repr__(self, /)", a -> {
            Semaphore self = (Semaphore) a[0];
            return repr(self, "value=" + self.value() + "/" + self.bound());
        });
    }

    /** {@code Semaphore(value)}: CPython compares it with 0 first, so a non-number fails as that comparison does. */
    private static long initialValue(Object value) {
        if (Comparisons.test(value, 0L, Comparisons.Op.LT)) {
            throw PythonErrors.valueError("semaphore initial value must be >= 0");
        }
        return asLong(value);
    }

    /** {@code release(n)}: compared with 1 first, as CPython does, then counted as an int. */
    private static long permits(Object n) {
        if (Comparisons.test(n, 1L, Comparisons.Op.LT)) {
            throw PythonErrors.valueError("n must be one or more");
        }
        return asLong(n);
    }

    private static long asLong(Object value) {
        Object n = Numbers.index(value);
        if (n instanceof BigInteger) {
            throw PythonErrors.overflowError("Python int too large to convert to C long");
        }
        return (Long) n;
    }

    /**
     * {@code acquire(blocking=True, timeout=None)} as CPython reads it: the timeout is looked at
     * only when there is no permit to take at once, and a non-positive one tries once more.
     */
    private static boolean acquire(Semaphore self, Object blocking, Object timeout) {
        boolean block = Truthiness.isTrue(blocking);
        if (!block && timeout != PNone.NONE) {
            throw PythonErrors.valueError("can't specify timeout for non-blocking acquire");
        }
        if (self.tryAcquire()) {
            return true;
        }
        if (!block) {
            return false;
        }
        Clock clock = SkeinContext.currentClock();
        long nanos = WaitTimeouts.deadlineWaitNanos(clock, timeout);
        return nanos == 0 ? self.tryAcquire() : self.acquire(clock, nanos);
    }

    private static String repr(Semaphore self, String state) {
        return "<" + Reprs.qualifiedName(self.getPythonClass()) + " at " + ObjectIds.hexAddress(self) + ": " + state + ">";
    }
}
