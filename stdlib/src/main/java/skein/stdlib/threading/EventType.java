package skein.stdlib.threading;

import skein.interpreter.SkeinContext;
import skein.interpreter.builtins.BuiltinDefiner;
import skein.interpreter.modules.ModuleBuilder;
import skein.interpreter.objects.PNone;
import skein.interpreter.objects.PythonClass;
import skein.interpreter.runtime.ObjectIds;
import skein.interpreter.runtime.Reprs;

/** The type {@code threading.Event}, with CPython's arguments and repr; instances have a {@code __dict__}. */
final class EventType {

    private EventType() {
    }

    static void define(ModuleBuilder m) {
        BuiltinDefiner d = m.definer();
        PythonClass event = m.type("Event", Event::new, true);
        d.method(event, "__init__(self)", a -> {
            ((Event) a[0]).clear();
            return PNone.NONE;
        });
        d.method(event, "is_set(self)", a -> ((Event) a[0]).isSet());
        d.method(event, "isSet(self)", a -> {
            SkeinContext context = SkeinContext.get(null);
            context.warnings().warnAtCaller(context.types().deprecationWarning, "isSet() is deprecated, use is_set() instead");
            return ((Event) a[0]).isSet();
        });
        d.method(event, "set(self)", a -> {
            ((Event) a[0]).set(SkeinContext.currentClock());
            return PNone.NONE;
        });
        d.method(event, "clear(self)", a -> {
            ((Event) a[0]).clear();
            return PNone.NONE;
        });
        // A set event returns at once, before its timeout is even looked at.
        d.method(event, "wait(self, timeout=None)", a -> {
            Event self = (Event) a[0];
            return self.isSet() || self.await(SkeinContext.currentClock(), WaitTimeouts.conditionWaitNanos(a[1]));
        });
        d.method(event, "__repr__(self)", a -> "<" + Reprs.qualifiedName(((Event) a[0]).getPythonClass()) + " at "
                + ObjectIds.hexAddress(a[0]) + ": " + (((Event) a[0]).isSet() ? "set" : "unset") + ">");
    }
}
