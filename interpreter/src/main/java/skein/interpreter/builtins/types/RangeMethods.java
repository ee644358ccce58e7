package skein.interpreter.builtins.types;

import skein.interpreter.builtins.BuiltinDefiner;
import skein.interpreter.objects.PDict;
import skein.interpreter.objects.PNotImplemented;
import skein.interpreter.objects.PTuple;
import skein.interpreter.objects.PythonClass;
import skein.interpreter.runtime.BuiltinTypes;
import skein.interpreter.runtime.IntOps;
import skein.interpreter.runtime.Numbers;
import skein.interpreter.runtime.Ranges;
import skein.interpreter.runtime.exception.PythonErrors;

/**
 * {@code range}: the methods only check arguments and pick the answer from {@link Ranges},
 * which serves both the long-sized {@code PRange} and the unbounded {@code PBigRange}.
 */
final class RangeMethods {

    private RangeMethods() {
    }

    static void define(BuiltinDefiner d) {
        BuiltinTypes t = d.types();
        PythonClass range = t.rangeType;
        IteratorMethods.defineFor(d, t.define(Ranges.BIG_ITERATOR_TYPE, null, false));
        d.staticMethod(range, "__new__(cls, /, *args, **kwargs)", a -> {
            ConstructorArguments.subtype(a[0], range);
            ConstructorArguments.noKeywords("range", (PDict) a[2]);
            PTuple args = (PTuple) a[1];
            ConstructorArguments.checkCount("range", args, 1, 3);
            if (args.size() == 1) {
                return Ranges.make(t, 0L, Numbers.index(args.get(0)), 1L);
            }
            Object start = Numbers.index(args.get(0));
            Object stop = Numbers.index(args.get(1));
            Object step = args.size() == 3 ? Numbers.index(args.get(2)) : 1L;
            if (IntOps.isZero(step)) {
                throw PythonErrors.valueError("range() arg 3 must not be zero");
            }
            return Ranges.make(t, start, stop, step);
        });
        d.getter(range, "start", Ranges::start);
        d.getter(range, "stop", Ranges::stop);
        d.getter(range, "step", Ranges::step);
        d.method(range, "__len__(self, /)", a -> Ranges.lengthAsLong(a[0]));
        d.method(range, "__bool__(self, /)", a -> !Ranges.isEmpty(a[0]));
        d.method(range, "__getitem__(self, key, /)", a -> Ranges.getItem(a[0], a[1]));
        d.method(range, "__contains__(self, key, /)", a -> Ranges.contains(a[0], a[1]));
        d.method(range, "__iter__(self, /)", a -> Ranges.iterator(a[0]));
        d.method(range, "__reversed__(self, /)", a -> Ranges.reversedIterator(a[0]));
        d.method(range, "index(self, value, /)", a -> Ranges.index(a[0], a[1]));
        d.method(range, "count(self, value, /)", a -> Ranges.count(a[0], a[1]));
        d.method(range, "__eq__(self, value, /)",
                a -> Ranges.isRange(a[1]) ? (Object) Ranges.equal(a[0], a[1]) : PNotImplemented.INSTANCE);
        d.method(range, "__ne__(self, value, /)",
                a -> Ranges.isRange(a[1]) ? (Object) !Ranges.equal(a[0], a[1]) : PNotImplemented.INSTANCE);
        d.method(range, "__hash__(self, /)", a -> Ranges.hash(a[0]));
        d.method(range, "__repr__(self, /)", a -> Ranges.repr(a[0]));
        d.method(range, "__reduce__(self, /)", a -> new PTuple(t.tupleType, new Object[]{range,
                new PTuple(t.tupleType, new Object[]{Ranges.start(a[0]), Ranges.stop(a[0]), Ranges.step(a[0])})}));
    }
}
