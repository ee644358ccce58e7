package skein.stdlib.threading;

import skein.interpreter.SkeinContext;
import skein.interpreter.builtins.BuiltinDefiner;
import skein.interpreter.modules.ModuleBuilder;
import skein.interpreter.objects.PNone;
import skein.interpreter.objects.PTuple;
import skein.interpreter.objects.PythonClass;
import skein.interpreter.runtime.Attributes;
import skein.interpreter.runtime.BinaryOp;
import skein.interpreter.runtime.Calls;
import skein.interpreter.runtime.Comparisons;
import skein.interpreter.runtime.Operators;
import skein.interpreter.runtime.Reprs;
import skein.interpreter.runtime.TypeOf;
import skein.interpreter.runtime.clock.Clock;
import skein.interpreter.runtime.exception.PythonErrors;
import skein.stdlib.thread.RLock;

/**
 * The type {@code threading.Condition} over its Java core {@link Condition}, with CPython's
 * arguments, errors and repr. As in CPython, {@code __init__} puts the lock's own
 * {@code acquire} and {@code release} into the instance's {@code __dict__}, and
 * {@code wait_for} waits through {@code self.wait}, so a subclass's {@code wait} is used.
 */
final class ConditionType {

    private ConditionType() {
    }

    static PythonClass define(ModuleBuilder m) {
        BuiltinDefiner d = m.definer();
        PythonClass rlockType = (PythonClass) m.memberOf("_thread", "RLock");
        PythonClass condition = m.type("Condition", Condition::new, true);

        d.method(condition, "__init__(self, lock=None)", a -> {
            Condition self = (Condition) a[0];
            Object lock = a[1] == PNone.NONE ? new RLock(rlockType) : a[1];
            Object acquire = Attributes.get(lock, "acquire");
            Object release = Attributes.get(lock, "release");
            self.setLock(lock);
            self.getOrCreateDict().setItem("acquire", acquire);
            self.getOrCreateDict().setItem("release", release);
            return PNone.NONE;
        });
        d.method(condition, "__enter__(self)", a -> initialized(a[0]).enter(SkeinContext.currentClock()));
        d.method(condition, "__exit__(self, *args)", a -> initialized(a[0]).exit(SkeinContext.currentClock(), ((PTuple) a[1]).items()));
        d.method(condition, "__repr__(self)", a -> {
            Condition self = initialized(a[0]);
            return "<Condition(" + Reprs.str(self.lock()) + ", " + self.waiting() + ")>";
        });
        d.method(condition, "_is_owned(self)", a -> initialized(a[0]).isOwned(SkeinContext.currentClock()));
        d.method(condition, "wait(self, timeout=None)", a -> {
            Condition self = initialized(a[0]);
            Clock clock = SkeinContext.currentClock();
            if (!self.isOwned(clock)) {
                throw PythonErrors.runtimeError("cannot wait on un-acquired lock");
            }
            return self.await(clock, WaitTimeouts.conditionWaitNanos(a[1]));
        });
        d.method(condition, "wait_for(self, predicate, timeout=None)", a -> WaitFor.run(SkeinContext.currentClock(),
                () -> Calls.call(a[1]), a[2], left -> Calls.callMethod(a[0], "wait", left)));
        d.method(condition, "notify(self, n=1)", a -> {
            Condition self = owned(a[0]);
            if (a[1] instanceof Long n) {
                self.notify(SkeinContext.currentClock(), n);
            } else {
                notifyCounting(self, a[1]);
            }
            return PNone.NONE;
        });
        d.method(condition, "notify_all(self)", a -> {
            owned(a[0]).notifyAll(SkeinContext.currentClock());
            return PNone.NONE;
        });
        d.method(condition, "notifyAll(self)", a -> {
            SkeinContext context = SkeinContext.get(null);
            context.warnings().warnAtCaller(context.types().deprecationWarning,
                    "notifyAll() is deprecated, use notify_all() instead");
            owned(a[0]).notifyAll(SkeinContext.currentClock());
            return PNone.NONE;
        });
        return condition;
    }

    /**
     * {@code notify(n)} for an {@code n} that is not an int, counted down with Python's operators
     * as CPython's loop does (and only while someone waits, so a bad {@code n} passes unnoticed then).
     */
    private static void notifyCounting(Condition self, Object n) {
        Clock clock = SkeinContext.currentClock();
        Object left = n;
        while (self.waiting() > 0 && Comparisons.test(left, 0L, Comparisons.Op.GT)) {
            if (self.notifyOne(clock)) {
                left = Operators.binary(left, 1L, BinaryOp.SUB);
            }
        }
    }

    /** The condition, whose {@code __init__} must have run (a subclass may have skipped it). */
    private static Condition initialized(Object self) {
        Condition condition = (Condition) self;
        if (condition.lock() == null) {
            throw PythonErrors.attributeError("'" + TypeOf.name(self) + "' object has no attribute '_lock'", self, "_lock");
        }
        return condition;
    }

    /** The condition, whose lock the current thread must hold to notify. */
    private static Condition owned(Object self) {
        Condition condition = initialized(self);
        if (!condition.isOwned(SkeinContext.currentClock())) {
            throw PythonErrors.runtimeError("cannot notify on un-acquired lock");
        }
        return condition;
    }
}
