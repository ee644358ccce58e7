package skein.interpreter.builtins.types;

import skein.interpreter.builtins.BuiltinDefiner;
import skein.interpreter.objects.PDict;
import skein.interpreter.objects.PList;
import skein.interpreter.objects.PModule;
import skein.interpreter.objects.PNone;
import skein.interpreter.objects.PythonClass;
import skein.interpreter.runtime.Attributes;
import skein.interpreter.runtime.BuiltinTypes;
import skein.interpreter.runtime.Calls;
import skein.interpreter.runtime.TypeOf;
import skein.interpreter.runtime.exception.PythonErrors;

/** {@code module}. */
final class ModuleMethods {

    private ModuleMethods() {
    }

    static void define(BuiltinDefiner d) {
        BuiltinTypes t = d.types();
        PythonClass module = t.moduleType;
        d.staticMethod(module, "__new__(cls, /, *args, **kwargs)", a -> {
            PDict globals = new PDict(t.dictType);
            return new PModule((PythonClass) a[0], "?", globals);
        });
        d.method(module, "__init__(self, name, doc=None)", a -> {
            if (!(a[1] instanceof String name)) {
                throw PythonErrors.typeError("module.__init__() argument 'name' must be str, not " + TypeOf.name(a[1]));
            }
            PDict globals = ((PModule) a[0]).globals();
            globals.setItem("__name__", name);
            globals.setItem("__doc__", a[2]);
            globals.setItem("__package__", PNone.NONE);
            globals.setItem("__loader__", PNone.NONE);
            globals.setItem("__spec__", PNone.NONE);
            return PNone.NONE;
        });
        d.method(module, "__repr__(self, /)", a -> {
            PModule m = (PModule) a[0];
            Object name = m.globals().getItem("__name__");
            Object file = m.globals().getItem("__file__");
            String shown = name instanceof String s ? s : "?";
            if (file instanceof String f) {
                return "<module '" + shown + "' from '" + f + "'>";
            }
            var context = skein.interpreter.SkeinContext.get(null);
            boolean builtin = shown.equals("sys") || shown.equals("builtins")
                    || context.setup().hasNativeModule(shown);
            return builtin ? "<module '" + shown + "' (built-in)>" : "<module '" + shown + "'>";
        });
        d.method(module, "__getattribute__(self, name, /)", a -> {
            String name = Attributes.nameArgument(a[1]);
            Object value = Attributes.nativeGet(a[0], TypeOf.get(a[0]), name);
            if (value == null) {
                throw Attributes.noAttribute(a[0], name);
            }
            return value;
        });
        // A module may define its own listing as a global __dir__ function (PEP 562).
        d.method(module, "__dir__(self, /)", a -> {
            PDict globals = ((PModule) a[0]).globals();
            Object custom = globals.getItem("__dir__");
            return custom != null ? Calls.call(custom) : new PList(t.listType, globals.keys());
        });
        d.getter(module, "__dict__", self -> ((PModule) self).globals());
    }
}
