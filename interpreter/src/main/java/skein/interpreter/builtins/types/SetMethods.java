package skein.interpreter.builtins.types;

import skein.interpreter.builtins.BuiltinDefiner;
import skein.interpreter.objects.PBaseSet;
import skein.interpreter.objects.PDict;
import skein.interpreter.objects.PFrozenSet;
import skein.interpreter.objects.PNone;
import skein.interpreter.objects.PNotImplemented;
import skein.interpreter.objects.PSet;
import skein.interpreter.objects.PTuple;
import skein.interpreter.objects.PythonClass;
import skein.interpreter.objects.iterators.PSetIterator;
import skein.interpreter.runtime.BuiltinTypes;
import skein.interpreter.runtime.Comparisons;
import skein.interpreter.runtime.Hashing;
import skein.interpreter.runtime.Reprs;
import skein.interpreter.runtime.exception.PythonErrors;

/**
 * {@code set} and {@code frozenset}: what they share is defined on both, the mutators on set
 * only. The algorithms, in CPython's order, are in {@link SetOperations}.
 */
final class SetMethods {

    private SetMethods() {
    }

    static void define(BuiltinDefiner d) {
        BuiltinTypes t = d.types();
        PythonClass set = t.setType;
        PythonClass frozenset = t.frozensetType;
        d.staticMethod(set, "__new__(cls, /, *args, **kwargs)", a -> {
            PythonClass cls = ConstructorArguments.subtype(a[0], set);
            if (cls == set) {
                ConstructorArguments.noKeywords("set", (PDict) a[2]);
            }
            return new PSet(cls);
        });
        d.method(set, "__init__(self, /, *args, **kwargs)", a -> {
            PBaseSet self = (PBaseSet) a[0];
            ConstructorArguments.noKeywords("set", (PDict) a[2]);
            Object iterable = ConstructorArguments.atMostOne(self.getPythonClass().getName(), (PTuple) a[1]);
            self.clear();
            if (iterable != null) {
                SetOperations.update(self, iterable);
            }
            return PNone.NONE;
        });
        d.staticMethod(frozenset, "__new__(cls, /, *args, **kwargs)", a -> {
            PythonClass cls = ConstructorArguments.subtype(a[0], frozenset);
            if (cls == frozenset) {
                ConstructorArguments.noKeywords("frozenset", (PDict) a[2]);
            }
            Object iterable = ConstructorArguments.atMostOne(cls.getName(), (PTuple) a[1]);
            if (cls == frozenset && iterable instanceof PFrozenSet existing && existing.getPythonClass() == frozenset) {
                return existing;
            }
            return SetOperations.make(cls, iterable);
        });
        for (PythonClass type : new PythonClass[]{set, frozenset}) {
            defineShared(d, t, type);
        }
        defineMutators(d, set);
        d.method(set, "copy(self, /)", a -> SetOperations.copy((PBaseSet) a[0]));
        d.method(frozenset, "copy(self, /)", a -> {
            PBaseSet self = (PBaseSet) a[0];
            return self.getPythonClass() == frozenset ? self : SetOperations.copy(self);
        });
        d.constant(set, "__hash__", PNone.NONE);
        d.method(frozenset, "__hash__(self, /)", a -> Hashing.hashFrozenSet((PBaseSet) a[0]));
    }

    /** Methods and operators of both set and frozenset; results take the type of the left operand's base. */
    private static void defineShared(BuiltinDefiner d, BuiltinTypes t, PythonClass type) {
        d.method(type, "__len__(self, /)", a -> (long) ((PBaseSet) a[0]).size());
        d.method(type, "__contains__(self, key, /)", a -> SetOperations.contains((PBaseSet) a[0], a[1]));
        d.method(type, "__iter__(self, /)", a -> new PSetIterator(t.setIteratorType, (PBaseSet) a[0]));
        d.method(type, "__repr__(self, /)", a -> Reprs.setRepr((PBaseSet) a[0]));
        d.method(type, "union(self, /, *others)", a -> SetOperations.union((PBaseSet) a[0], ((PTuple) a[1]).items()));
        d.method(type, "intersection(self, /, *others)",
                a -> SetOperations.intersectionMulti((PBaseSet) a[0], ((PTuple) a[1]).items()));
        d.method(type, "difference(self, /, *others)",
                a -> SetOperations.differenceMulti((PBaseSet) a[0], ((PTuple) a[1]).items()));
        d.method(type, "symmetric_difference(self, other, /)",
                a -> SetOperations.symmetricDifference((PBaseSet) a[0], a[1]));
        d.method(type, "issubset(self, other, /)", a -> SetOperations.isSubset((PBaseSet) a[0], a[1]));
        d.method(type, "issuperset(self, other, /)", a -> SetOperations.isSuperset((PBaseSet) a[0], a[1]));
        d.method(type, "isdisjoint(self, other, /)", a -> SetOperations.isDisjoint((PBaseSet) a[0], a[1]));
        defineOperator(d, type, "__or__", "__ror__", SetOperations::or);
        defineOperator(d, type, "__and__", "__rand__", SetOperations::intersection);
        defineOperator(d, type, "__sub__", "__rsub__", SetOperations::difference);
        defineOperator(d, type, "__xor__", "__rxor__", SetOperations::symmetricDifference);
        for (Comparisons.Op op : Comparisons.Op.values()) {
            d.method(type, op.method + "(self, value, /)", a -> compare((PBaseSet) a[0], a[1], op));
        }
        GenericAliasMethods.defineClassGetItem(d, type);
    }

    @FunctionalInterface
    private interface SetOperator {
        PBaseSet apply(PBaseSet left, PBaseSet right);
    }

    /** A binary operator and its reflection; both operands must be sets, else NotImplemented. */
    private static void defineOperator(BuiltinDefiner d, PythonClass type, String name, String reflected,
                                       SetOperator operator) {
        d.method(type, name + "(self, value, /)", a -> a[1] instanceof PBaseSet other
                ? operator.apply((PBaseSet) a[0], other) : PNotImplemented.INSTANCE);
        d.method(type, reflected + "(self, value, /)", a -> a[1] instanceof PBaseSet other
                ? operator.apply(other, (PBaseSet) a[0]) : PNotImplemented.INSTANCE);
    }

    private static void defineMutators(BuiltinDefiner d, PythonClass set) {
        d.method(set, "add(self, object, /)", a -> {
            ((PBaseSet) a[0]).addKey(a[1]);
            return PNone.NONE;
        });
        d.method(set, "remove(self, object, /)", a -> {
            if (!SetOperations.discard((PBaseSet) a[0], a[1])) {
                throw PythonErrors.keyError(a[1]);
            }
            return PNone.NONE;
        });
        d.method(set, "discard(self, object, /)", a -> {
            SetOperations.discard((PBaseSet) a[0], a[1]);
            return PNone.NONE;
        });
        d.method(set, "pop(self, /)", a -> {
            Object key = ((PBaseSet) a[0]).popAny();
            if (key == null) {
                throw PythonErrors.keyError("pop from an empty set");
            }
            return key;
        });
        d.method(set, "clear(self, /)", a -> {
            ((PBaseSet) a[0]).clear();
            return PNone.NONE;
        });
        d.method(set, "update(self, /, *others)", a -> {
            for (Object other : ((PTuple) a[1]).items()) {
                SetOperations.update((PBaseSet) a[0], other);
            }
            return PNone.NONE;
        });
        d.method(set, "intersection_update(self, /, *others)", a -> {
            SetOperations.intersectionUpdate((PBaseSet) a[0], ((PTuple) a[1]).items());
            return PNone.NONE;
        });
        d.method(set, "difference_update(self, /, *others)", a -> {
            for (Object other : ((PTuple) a[1]).items()) {
                SetOperations.differenceUpdate((PBaseSet) a[0], other);
            }
            return PNone.NONE;
        });
        d.method(set, "symmetric_difference_update(self, other, /)", a -> {
            SetOperations.symmetricDifferenceUpdate((PBaseSet) a[0], a[1]);
            return PNone.NONE;
        });
        d.method(set, "__ior__(self, value, /)", a -> {
            if (!(a[1] instanceof PBaseSet)) {
                return PNotImplemented.INSTANCE;
            }
            SetOperations.update((PBaseSet) a[0], a[1]);
            return a[0];
        });
        d.method(set, "__iand__(self, value, /)", a -> {
            if (!(a[1] instanceof PBaseSet)) {
                return PNotImplemented.INSTANCE;
            }
            SetOperations.intersectionUpdate((PBaseSet) a[0], new Object[]{a[1]});
            return a[0];
        });
        d.method(set, "__isub__(self, value, /)", a -> {
            if (!(a[1] instanceof PBaseSet)) {
                return PNotImplemented.INSTANCE;
            }
            SetOperations.differenceUpdate((PBaseSet) a[0], a[1]);
            return a[0];
        });
        d.method(set, "__ixor__(self, value, /)", a -> {
            if (!(a[1] instanceof PBaseSet)) {
                return PNotImplemented.INSTANCE;
            }
            SetOperations.symmetricDifferenceUpdate((PBaseSet) a[0], a[1]);
            return a[0];
        });
    }

    /** CPython's set comparisons: only with other sets, subset tests for the orderings. */
    private static Object compare(PBaseSet self, Object other, Comparisons.Op op) {
        if (!(other instanceof PBaseSet otherSet)) {
            return PNotImplemented.INSTANCE;
        }
        return switch (op) {
            case EQ -> self.size() == otherSet.size() && SetOperations.isSubset(self, otherSet);
            case NE -> !(self.size() == otherSet.size() && SetOperations.isSubset(self, otherSet));
            case LE -> SetOperations.isSubset(self, otherSet);
            case GE -> SetOperations.isSuperset(self, otherSet);
            case LT -> self.size() < otherSet.size() && SetOperations.isSubset(self, otherSet);
            case GT -> self.size() > otherSet.size() && SetOperations.isSuperset(self, otherSet);
        };
    }
}
