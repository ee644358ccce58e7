package skein.interpreter.builtins.types;

import skein.interpreter.builtins.BuiltinDefiner;
import skein.interpreter.objects.PFrame;
import skein.interpreter.objects.PNone;
import skein.interpreter.objects.PTraceback;
import skein.interpreter.runtime.BuiltinTypes;
import skein.interpreter.runtime.ObjectIds;
import skein.interpreter.runtime.exception.PythonErrors;

/** {@code traceback} and {@code frame}, as exceptions' {@code __traceback__} shows them. */
final class TracebackMethods {

    private TracebackMethods() {
    }

    static void define(BuiltinDefiner d) {
        BuiltinTypes t = d.types();
        d.getter(t.tracebackType, "tb_frame", self -> ((PTraceback) self).frame());
        d.getter(t.tracebackType, "tb_lineno", self -> (long) ((PTraceback) self).lineno());
        d.getter(t.tracebackType, "tb_next", self -> {
            PTraceback next = ((PTraceback) self).next();
            return next == null ? PNone.NONE : next;
        });
        d.getter(t.tracebackType, "tb_lasti", self -> -1L);
        d.getter(t.frameType, "f_code", self -> ((PFrame) self).code());
        d.getter(t.frameType, "f_lineno", self -> (long) ((PFrame) self).lineno());
        d.getter(t.frameType, "f_globals", self -> {
            PFrame frame = (PFrame) self;
            return frame.globals() == null ? PNone.NONE : frame.globals();
        });
        d.getter(t.frameType, "f_back", self -> PNone.NONE);
        d.getter(t.frameType, "f_locals", self -> {
            PFrame frame = (PFrame) self;
            if (frame.locals() == null) {
                throw PythonErrors.attributeError("'frame' object has no attribute 'f_locals'", self, "f_locals");
            }
            return frame.locals();
        });
        d.method(t.frameType, "__repr__(self, /)", a -> {
            PFrame f = (PFrame) a[0];
            return "<frame at " + ObjectIds.hexAddress(f) + ", file '" + f.code().filename() + "', line " + f.lineno()
                    + ", code " + f.code().name() + ">";
        });
    }
}
