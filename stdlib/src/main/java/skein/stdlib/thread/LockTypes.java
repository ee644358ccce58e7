package skein.stdlib.thread;

import skein.interpreter.SkeinContext;
import skein.interpreter.builtins.BuiltinDefiner;
import skein.interpreter.modules.ModuleBuilder;
import skein.interpreter.objects.PNone;
import skein.interpreter.objects.PTuple;
import skein.interpreter.objects.PythonClass;
import skein.interpreter.runtime.Numbers;
import skein.interpreter.runtime.ObjectIds;
import skein.interpreter.runtime.Reprs;
import skein.interpreter.runtime.exception.PythonErrors;
import skein.stdlib.Constructors;

/** The types {@code _thread.lock} and {@code _thread.RLock} and their methods. */
final class LockTypes {

    private LockTypes() {
    }

    static void define(ModuleBuilder m) {
        BuiltinDefiner d = m.definer();
        PythonClass lock = m.type("lock", null, false);
        lock.setFinal();
        for (String name : new String[]{"acquire", "acquire_lock"}) {
            d.method(lock, name + "(self, blocking=True, timeout=-1)",
                    a -> ((Lock) a[0]).acquire(SkeinContext.currentClock(), LockArguments.timeoutNanos(a[1], a[2])));
        }
        d.method(lock, "__enter__(self, /)", a -> ((Lock) a[0]).acquire(SkeinContext.currentClock(), -1));
        for (String name : new String[]{"release", "release_lock"}) {
            d.method(lock, name + "(self, /)", a -> {
                ((Lock) a[0]).release(SkeinContext.currentClock());
                return PNone.NONE;
            });
        }
        d.method(lock, "__exit__(self, *args)", a -> {
            ((Lock) a[0]).release(SkeinContext.currentClock());
            return PNone.NONE;
        });
        for (String name : new String[]{"locked", "locked_lock"}) {
            d.method(lock, name + "(self, /)", a -> ((Lock) a[0]).isLocked());
        }
        d.method(lock, "__repr__(self, /)", a -> "<" + (((Lock) a[0]).isLocked() ? "locked" : "unlocked")
                + " _thread.lock object at " + ObjectIds.hexAddress(a[0]) + ">");
        m.function("allocate_lock()", a -> new Lock(lock));
        m.function("allocate()", a -> new Lock(lock));
        m.constant("LockType", lock);

        PythonClass rlock = m.type("RLock", null, false);
        d.staticMethod(rlock, "__new__(cls, *args, **kwargs)", a -> new RLock(Constructors.subtype(a[0], rlock)));
        d.method(rlock, "acquire(self, blocking=True, timeout=-1)",
                a -> ((RLock) a[0]).acquire(SkeinContext.currentClock(), LockArguments.timeoutNanos(a[1], a[2])));
        d.method(rlock, "__enter__(self, blocking=True, timeout=-1)",
                a -> ((RLock) a[0]).acquire(SkeinContext.currentClock(), LockArguments.timeoutNanos(a[1], a[2])));
        d.method(rlock, "release(self, /)", a -> {
            ((RLock) a[0]).release(SkeinContext.currentClock());
            return PNone.NONE;
        });
        d.method(rlock, "__exit__(self, *args)", a -> {
            ((RLock) a[0]).release(SkeinContext.currentClock());
            return PNone.NONE;
        });
        d.method(rlock, "_is_owned(self, /)", a -> ((RLock) a[0]).isOwned());
        d.method(rlock, "_recursion_count(self, /)", a -> ((RLock) a[0]).recursionCount());
        d.method(rlock, "_release_save(self, /)", a -> {
            RLock self = (RLock) a[0];
            Thread owner = self.owner();
            if (owner == null) {
                throw PythonErrors.runtimeError("cannot release un-acquired lock");
            }
            long levels = self.releaseSave(SkeinContext.currentClock());
            return new PTuple(m.types().tupleType, new Object[]{levels, Idents.of(owner)});
        });
        d.method(rlock, "_acquire_restore(self, state, /)", a -> {
            if (!(a[1] instanceof PTuple state) || state.size() != 2) {
                throw PythonErrors.typeError("_acquire_restore() argument 1 must be tuple");
            }
            ((RLock) a[0]).acquireRestore(SkeinContext.currentClock(), Numbers.indexAsLong(state.get(0)));
            return PNone.NONE;
        });
        d.method(rlock, "__repr__(self, /)", a -> {
            RLock self = (RLock) a[0];
            Thread owner = self.owner();
            long count = owner == null ? 0 : self.levels();
            return "<" + (owner == null ? "unlocked " : "locked ") + Reprs.qualifiedName(self.getPythonClass())
                    + " object owner=" + (owner == null ? 0 : Idents.of(owner)) + " count=" + count
                    + " at " + ObjectIds.hexAddress(self) + ">";
        });
    }
}
