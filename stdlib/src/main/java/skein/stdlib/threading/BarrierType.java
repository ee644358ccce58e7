package skein.stdlib.threading;

import skein.interpreter.SkeinContext;
import skein.interpreter.builtins.BuiltinDefiner;
import skein.interpreter.modules.ModuleBuilder;
import skein.interpreter.objects.PNone;
import skein.interpreter.objects.PythonClass;
import skein.interpreter.runtime.ObjectIds;
import skein.interpreter.runtime.Reprs;

/**
 * The type {@code threading.Barrier} and its error {@code BrokenBarrierError} (a RuntimeError),
 * with CPython's arguments and repr; instances have a {@code __dict__}.
 */
final class BarrierType {

    private BarrierType() {
    }

    static void define(ModuleBuilder m, PythonClass condition) {
        BuiltinDefiner d = m.definer();
        PythonClass brokenError = m.type("BrokenBarrierError", null, true, m.types().runtimeError);
        PythonClass lockType = (PythonClass) m.memberOf("_thread", "LockType");
        PythonClass barrier = m.type("Barrier", cls -> new Barrier(cls, lockType, condition, brokenError), true);
        d.method(barrier, "__init__(self, parties, action=None, timeout=None)", a -> {
            ((Barrier) a[0]).init(a[1], a[2], a[3]);
            return PNone.NONE;
        });
        d.method(barrier, "wait(self, timeout=None)", a -> ((Barrier) a[0]).await(SkeinContext.currentClock(), a[1]));
        d.method(barrier, "abort(self)", a -> {
            ((Barrier) a[0]).abort(SkeinContext.currentClock());
            return PNone.NONE;
        });
        d.method(barrier, "reset(self)", a -> {
            ((Barrier) a[0]).reset(SkeinContext.currentClock());
            return PNone.NONE;
        });
        d.getter(barrier, "parties", self -> ((Barrier) self).parties());
        d.getter(barrier, "n_waiting", self -> ((Barrier) self).waiting());
        d.getter(barrier, "broken", self -> ((Barrier) self).isBroken());
        d.method(barrier, "__repr__(self)", a -> {
            Barrier self = (Barrier) a[0];
            String state = self.isBroken() ? "broken" : "waiters=" + self.waiting() + "/" + Reprs.str(self.parties());
            return "<" + Reprs.qualifiedName(self.getPythonClass()) + " at " + ObjectIds.hexAddress(self) + ": " + state + ">";
        });
    }
}
