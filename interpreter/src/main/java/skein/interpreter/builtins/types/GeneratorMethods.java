package skein.interpreter.builtins.types;

import skein.interpreter.builtins.BuiltinDefiner;
import skein.interpreter.nodes.generators.SendRootNode;
import skein.interpreter.objects.PBaseException;
import skein.interpreter.objects.PFrame;
import skein.interpreter.objects.PFunction;
import skein.interpreter.objects.PNone;
import skein.interpreter.objects.PTraceback;
import skein.interpreter.objects.PTuple;
import skein.interpreter.objects.PythonClass;
import skein.interpreter.objects.generators.PGenerator;
import skein.interpreter.objects.generators.Resumable;
import skein.interpreter.objects.generators.ResumableFrame;
import skein.interpreter.runtime.BuiltinTypes;
import skein.interpreter.runtime.CallerFrames;
import skein.interpreter.runtime.Calls;
import skein.interpreter.runtime.ObjectIds;
import skein.interpreter.runtime.PArguments;
import skein.interpreter.runtime.TypeOf;
import skein.interpreter.runtime.exception.PythonErrors;

/**
 * The methods and attributes of generators, and what coroutines and async generators share
 * with them: the name, the code, the frame and whether it runs, under each kind's prefix
 * ({@code gi_}, {@code cr_}, {@code ag_}).
 */
public final class GeneratorMethods {

    private GeneratorMethods() {
    }

    static void define(BuiltinDefiner d) {
        BuiltinTypes t = d.types();
        PythonClass generator = t.generatorType;
        defineShared(d, generator, "gi_");
        d.method(generator, "__iter__(self, /)", a -> a[0]);
        d.method(generator, "__next__(self, /)", a -> ((PGenerator) a[0]).send(PNone.NONE));
        d.nodeMethod(generator, "send(self, value, /)", SendRootNode::new);
        d.method(generator, "throw(self, typ, val=None, tb=None, /)",
                a -> ((PGenerator) a[0]).throwIn(thrownException(a[1], a[2], a[3], t)));
        d.method(generator, "close(self, /)", a -> {
            ((PGenerator) a[0]).resumableFrame().closeFromOutside();
            return PNone.NONE;
        });
        d.getter(generator, "gi_yieldfrom", self -> orNone(frameOf(self).delegate()));
        d.getter(generator, "gi_suspended", self -> frameOf(self).state() == ResumableFrame.State.SUSPENDED);
    }

    /** What all three kinds have: {@code __name__}, {@code __qualname__}, the code, the frame, the running flag, a repr. */
    static void defineShared(BuiltinDefiner d, PythonClass type, String prefix) {
        BuiltinTypes t = d.types();
        d.getSet(type, "__name__", self -> ((Resumable) self).name(),
                (self, value) -> ((Resumable) self).setName(stringAttribute(value, "__name__")));
        d.getSet(type, "__qualname__", self -> ((Resumable) self).qualname(),
                (self, value) -> ((Resumable) self).setQualname(stringAttribute(value, "__qualname__")));
        d.getSet(type, prefix + "code", self -> frameOf(self).code(), (self, value) -> {
            throw PythonErrors.attributeError("readonly attribute");
        });
        d.getter(type, prefix + "running", self -> frameOf(self).state() == ResumableFrame.State.RUNNING);
        d.getter(type, prefix + "frame", self -> {
            ResumableFrame frame = frameOf(self);
            var live = frame.frame();
            if (live == null) {
                return PNone.NONE;
            }
            PFunction function = (PFunction) PArguments.getCallee(live);
            return new PFrame(t.frameType, frame.code(), frame.line(), function.globals(), CallerFrames.localsOf(live));
        });
        d.method(type, "__repr__(self, /)", a -> "<" + TypeOf.name(a[0]) + " object " + ((Resumable) a[0]).qualname()
                + " at " + ObjectIds.hexAddress(a[0]) + ">");
    }

    static ResumableFrame frameOf(Object self) {
        return ((Resumable) self).resumableFrame();
    }

    static Object orNone(Object value) {
        return value == null ? PNone.NONE : value;
    }

    private static String stringAttribute(Object value, String attribute) {
        if (!(value instanceof String s)) {
            throw PythonErrors.typeError(attribute + " must be set to a string object");
        }
        return s;
    }

    /**
     * The exception {@code throw(typ, val, tb)} raises: a class is instantiated with the value
     * (as a raise would), an instance is taken as it is (it may not have a separate value);
     * a traceback, when given, becomes its {@code __traceback__}.
     */
    public static PBaseException thrownException(Object typ, Object val, Object tb, BuiltinTypes types) {
        if (tb != PNone.NONE && !(tb instanceof PTraceback)) {
            throw PythonErrors.typeError("throw() third argument must be a traceback object");
        }
        PBaseException exception;
        if (typ instanceof PythonClass cls && cls.isSubclassOf(types.baseException)) {
            Object made;
            if (val instanceof PBaseException instance && instance.getPythonClass().isSubclassOf(cls)) {
                made = instance;
            } else if (val == PNone.NONE) {
                made = Calls.call(cls);
            } else if (val instanceof PTuple args) {
                made = Calls.call(cls, args.items());
            } else {
                made = Calls.call(cls, val);
            }
            if (!(made instanceof PBaseException created)) {
                throw PythonErrors.typeError("calling " + TypeOf.name(cls) + " should have returned an instance of "
                        + "BaseException, not " + TypeOf.name(made));
            }
            exception = created;
        } else if (typ instanceof PBaseException instance) {
            if (val != PNone.NONE) {
                throw PythonErrors.typeError("instance exception may not have a separate value");
            }
            exception = instance;
        } else {
            throw PythonErrors.typeError("exceptions must be classes or instances deriving from BaseException, not "
                    + TypeOf.name(typ));
        }
        if (tb instanceof PTraceback traceback) {
            exception.setTraceback(traceback);
        }
        return exception;
    }
}
