package skein.stdlib.threading;

import skein.interpreter.SkeinLanguage;
import skein.interpreter.builtins.BuiltinDefiner;
import skein.interpreter.modules.ModuleBuilder;
import skein.interpreter.objects.PDict;
import skein.interpreter.objects.PList;
import skein.interpreter.objects.PNone;
import skein.interpreter.objects.PythonClass;
import skein.interpreter.runtime.Attributes;
import skein.interpreter.runtime.Calls;
import skein.interpreter.runtime.StarArguments;
import skein.interpreter.runtime.Truthiness;
import skein.interpreter.runtime.exception.PythonErrors;

/**
 * {@code threading.Timer}: a thread that waits {@code interval} seconds on its {@code finished}
 * event (a {@code threading.Event}, so the wait goes through the clock and {@code cancel()}
 * ends it), then calls the function unless cancelled meanwhile. Its attributes are plain
 * instance attributes, as in CPython, for subclasses that override {@code run}.
 */
final class TimerType {

    private TimerType() {
    }

    static void define(ModuleBuilder m, PythonClass timer) {
        BuiltinDefiner d = m.definer();
        d.method(timer, "__init__(self, interval, function, args=None, kwargs=None)", a -> {
            PThread self = (PThread) a[0];
            ThreadTypes.initialize(self);
            Attributes.set(self, "interval", a[1]);
            Attributes.set(self, "function", a[2]);
            Attributes.set(self, "args", a[3] != PNone.NONE ? a[3] : new PList(SkeinLanguage.types().listType));
            Attributes.set(self, "kwargs", a[4] != PNone.NONE ? a[4] : new PDict(SkeinLanguage.types().dictType));
            Attributes.set(self, "finished", Calls.call(event()));
            return PNone.NONE;
        });
        d.method(timer, "cancel(self)", a -> {
            Calls.callMethod(Attributes.get(a[0], "finished"), "set");
            return PNone.NONE;
        });
        d.method(timer, "run(self)", a -> {
            Object self = a[0];
            Object finished = Attributes.get(self, "finished");
            Calls.callMethod(finished, "wait", Attributes.get(self, "interval"));
            if (!Truthiness.isTrue(Calls.callMethod(finished, "is_set"))) {
                StarArguments.call(Attributes.get(self, "function"), Attributes.get(self, "args"),
                        Attributes.get(self, "kwargs"));
            }
            Calls.callMethod(finished, "set");
            return PNone.NONE;
        });
    }

    /** The module's {@code Event}, looked up when a timer is made, as CPython's global lookup does. */
    private static Object event() {
        Object event = ThreadTypes.registry().module().globals().getItem("Event");
        if (event == null) {
            throw PythonErrors.nameError(SkeinLanguage.types().nameError, "name 'Event' is not defined", "Event");
        }
        return event;
    }
}
