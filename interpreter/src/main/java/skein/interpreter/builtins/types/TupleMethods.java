package skein.interpreter.builtins.types;

import skein.interpreter.builtins.BuiltinBody;
import skein.interpreter.builtins.BuiltinDefiner;
import skein.interpreter.objects.PDict;
import skein.interpreter.objects.PNotImplemented;
import skein.interpreter.objects.PTuple;
import skein.interpreter.objects.PythonClass;
import skein.interpreter.objects.iterators.PArrayIterator;
import skein.interpreter.runtime.BuiltinTypes;
import skein.interpreter.runtime.Comparisons;
import skein.interpreter.runtime.Hashing;
import skein.interpreter.runtime.Iteration;
import skein.interpreter.runtime.Reprs;
import skein.interpreter.runtime.Subscripts;
import skein.interpreter.runtime.exception.PythonErrors;

/** {@code tuple}: immutable, so its methods read the items array directly. */
final class TupleMethods {

    private TupleMethods() {
    }

    static void define(BuiltinDefiner d) {
        BuiltinTypes t = d.types();
        PythonClass tuple = t.tupleType;
        d.staticMethod(tuple, "__new__(cls, /, *args, **kwargs)", a -> {
            PythonClass cls = ConstructorArguments.subtype(a[0], tuple);
            if (cls == tuple || cls.lookup("__init__") == tuple.lookup("__init__")) {
                ConstructorArguments.noKeywords("tuple", (PDict) a[2]);
            }
            Object iterable = ConstructorArguments.atMostOne("tuple", (PTuple) a[1]);
            if (iterable == null) {
                return new PTuple(cls, new Object[0]);
            }
            if (cls == tuple && iterable instanceof PTuple existing && existing.getPythonClass() == tuple) {
                return existing;
            }
            return new PTuple(cls, Iteration.toArray(iterable));
        });
        d.method(tuple, "index(self, value, start=0, stop=9223372036854775807, /)", a -> {
            int i = SequenceSupport.indexOf(((PTuple) a[0]).items(), a[1], a[2], a[3]);
            if (i < 0) {
                throw PythonErrors.valueError("tuple.index(x): x not in tuple");
            }
            return (long) i;
        });
        d.method(tuple, "count(self, value, /)", a -> SequenceSupport.count(((PTuple) a[0]).items(), a[1]));
        d.method(tuple, "__len__(self, /)", a -> (long) ((PTuple) a[0]).size());
        d.method(tuple, "__getitem__(self, key, /)", a -> Subscripts.builtinGetItem(a[0], a[1], t));
        d.method(tuple, "__contains__(self, key, /)", a -> SequenceSupport.contains(((PTuple) a[0]).items(), a[1]));
        d.method(tuple, "__iter__(self, /)", a -> new PArrayIterator(t.tupleIteratorType, ((PTuple) a[0]).items()));
        d.method(tuple, "__add__(self, value, /)", a -> {
            if (!(a[1] instanceof PTuple other)) {
                return PNotImplemented.INSTANCE;
            }
            PTuple self = (PTuple) a[0];
            if (other.size() == 0 && self.getPythonClass() == tuple) {
                return self;
            }
            return new PTuple(tuple, SequenceSupport.concat(self.items(), other.items()));
        });
        BuiltinBody repeat = a -> {
            Long times = SequenceSupport.repeatCount(a[1]);
            if (times == null) {
                return PNotImplemented.INSTANCE;
            }
            PTuple self = (PTuple) a[0];
            if (times == 1 && self.getPythonClass() == tuple) {
                return self;
            }
            return new PTuple(tuple, SequenceSupport.repeat(self.items(), times));
        };
        d.method(tuple, "__mul__(self, value, /)", repeat);
        d.method(tuple, "__rmul__(self, value, /)", repeat);
        for (Comparisons.Op op : Comparisons.Op.values()) {
            d.method(tuple, op.method + "(self, value, /)", a -> {
                if (!(a[1] instanceof PTuple other)) {
                    return PNotImplemented.INSTANCE;
                }
                return Comparisons.compareSequences(((PTuple) a[0]).items(), other.items(), op);
            });
        }
        d.method(tuple, "__hash__(self, /)", a -> Hashing.hashTuple((PTuple) a[0]));
        d.method(tuple, "__repr__(self, /)", a -> Reprs.tupleRepr((PTuple) a[0]));
        d.method(tuple, "__getnewargs__(self, /)",
                a -> new PTuple(tuple, new Object[]{new PTuple(tuple, ((PTuple) a[0]).items())}));
        GenericAliasMethods.defineClassGetItem(d, tuple);
    }
}
