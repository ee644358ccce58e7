package skein.interpreter.builtins.types;

import skein.interpreter.builtins.BuiltinDefiner;
import skein.interpreter.objects.PDict;
import skein.interpreter.objects.PNone;
import skein.interpreter.objects.PNotImplemented;
import skein.interpreter.objects.PSlice;
import skein.interpreter.objects.PTuple;
import skein.interpreter.objects.PythonClass;
import skein.interpreter.runtime.BuiltinTypes;
import skein.interpreter.runtime.Comparisons;
import skein.interpreter.runtime.IntOps;
import skein.interpreter.runtime.Numbers;
import skein.interpreter.runtime.Reprs;
import skein.interpreter.runtime.SliceBounds;
import skein.interpreter.runtime.exception.PythonErrors;

/** {@code slice}: its three parts, {@code indices()}, and comparison as the tuple of its parts. */
final class SliceMethods {

    private SliceMethods() {
    }

    static void define(BuiltinDefiner d) {
        BuiltinTypes t = d.types();
        PythonClass slice = t.sliceType;
        d.staticMethod(slice, "__new__(cls, /, *args, **kwargs)", a -> {
            ConstructorArguments.subtype(a[0], slice);
            ConstructorArguments.noKeywords("slice", (PDict) a[2]);
            PTuple args = (PTuple) a[1];
            ConstructorArguments.checkCount("slice", args, 1, 3);
            if (args.size() == 1) {
                return new PSlice(slice, PNone.NONE, args.get(0), PNone.NONE);
            }
            return new PSlice(slice, args.get(0), args.get(1), args.size() == 3 ? args.get(2) : PNone.NONE);
        });
        d.getter(slice, "start", self -> ((PSlice) self).start());
        d.getter(slice, "stop", self -> ((PSlice) self).stop());
        d.getter(slice, "step", self -> ((PSlice) self).step());
        d.method(slice, "indices(self, length, /)", a -> {
            Object length = Numbers.index(a[1]);
            if (IntOps.compare(length, 0L) < 0) {
                throw PythonErrors.valueError("length should not be negative");
            }
            SliceBounds bounds = SliceBounds.of((PSlice) a[0], length);
            return new PTuple(t.tupleType, new Object[]{bounds.start(), bounds.stop(), bounds.step()});
        });
        d.method(slice, "__repr__(self, /)", a -> {
            PSlice self = (PSlice) a[0];
            return "slice(" + Reprs.repr(self.start()) + ", " + Reprs.repr(self.stop()) + ", "
                    + Reprs.repr(self.step()) + ")";
        });
        for (Comparisons.Op op : Comparisons.Op.values()) {
            d.method(slice, op.method + "(self, value, /)", a -> {
                if (!(a[1] instanceof PSlice other)) {
                    return PNotImplemented.INSTANCE;
                }
                if (a[0] == other) {
                    return op == Comparisons.Op.EQ || op == Comparisons.Op.LE || op == Comparisons.Op.GE;
                }
                return Comparisons.compareSequences(parts((PSlice) a[0]), parts(other), op);
            });
        }
        d.constant(slice, "__hash__", PNone.NONE);
        d.method(slice, "__reduce__(self, /)",
                a -> new PTuple(t.tupleType, new Object[]{slice, new PTuple(t.tupleType, parts((PSlice) a[0]))}));
    }

    private static Object[] parts(PSlice slice) {
        return new Object[]{slice.start(), slice.stop(), slice.step()};
    }
}
