package skein.interpreter.builtins.types;

import skein.interpreter.SkeinLanguage;
import skein.interpreter.builtins.BuiltinDefiner;
import skein.interpreter.objects.PBaseSet;
import skein.interpreter.objects.PDict;
import skein.interpreter.objects.PDictView;
import skein.interpreter.objects.PList;
import skein.interpreter.objects.PMappingProxy;
import skein.interpreter.objects.PNone;
import skein.interpreter.objects.PNotImplemented;
import skein.interpreter.objects.PSet;
import skein.interpreter.objects.PTuple;
import skein.interpreter.objects.PythonClass;
import skein.interpreter.objects.iterators.PDictIterator;
import skein.interpreter.runtime.BuiltinTypes;
import skein.interpreter.runtime.Comparisons;
import skein.interpreter.runtime.Containers;
import skein.interpreter.runtime.Iteration;
import skein.interpreter.runtime.Reprs;

/**
 * {@code dict_keys}, {@code dict_values} and {@code dict_items}: live views of a dict. Keys and
 * items views are set-like: they compare as sets and combine with any iterable into a new set,
 * built in the order CPython builds it.
 */
final class DictViewMethods {

    private DictViewMethods() {
    }

    static void define(BuiltinDefiner d) {
        BuiltinTypes t = d.types();
        for (PythonClass type : new PythonClass[]{t.dictKeysType, t.dictValuesType, t.dictItemsType}) {
            d.method(type, "__len__(self, /)", a -> (long) ((PDictView) a[0]).dict().size());
            d.method(type, "__iter__(self, /)", a -> Iteration.builtinIterator(a[0], t));
            d.method(type, "__reversed__(self, /)", a -> {
                PDictView view = (PDictView) a[0];
                return DictMethods.reversedIterator(t, view.dict(), view.kind());
            });
            d.method(type, "__repr__(self, /)", a -> repr((PDictView) a[0]));
            d.getter(type, "mapping", self -> new PMappingProxy(t.mappingproxyType, ((PDictView) self).dict()));
        }
        for (PythonClass type : new PythonClass[]{t.dictKeysType, t.dictItemsType}) {
            defineSetLike(d, type);
        }
        d.method(t.dictKeysType, "__contains__(self, key, /)", a -> ((PDictView) a[0]).dict().containsKey(a[1]));
        d.method(t.dictItemsType, "__contains__(self, key, /)", a -> itemsContain((PDictView) a[0], a[1]));
    }

    private static void defineSetLike(BuiltinDefiner d, PythonClass type) {
        d.method(type, "__and__(self, value, /)", a -> intersect(a[0], a[1]));
        d.method(type, "__rand__(self, value, /)", a -> intersect(a[1], a[0]));
        d.method(type, "__or__(self, value, /)", a -> union(a[0], a[1]));
        d.method(type, "__ror__(self, value, /)", a -> union(a[1], a[0]));
        d.method(type, "__sub__(self, value, /)", a -> difference(a[0], a[1]));
        d.method(type, "__rsub__(self, value, /)", a -> difference(a[1], a[0]));
        d.method(type, "__xor__(self, value, /)", a -> symmetricDifference(a[0], a[1]));
        d.method(type, "__rxor__(self, value, /)", a -> symmetricDifference(a[1], a[0]));
        d.method(type, "isdisjoint(self, other, /)", a -> isDisjoint((PDictView) a[0], a[1]));
        for (Comparisons.Op op : Comparisons.Op.values()) {
            d.method(type, op.method + "(self, value, /)", a -> compare(a[0], a[1], op));
        }
        d.constant(type, "__hash__", PNone.NONE);
    }

    private static String repr(PDictView view) {
        String name = view.getPythonClass().getName();
        return Reprs.guarded(view, "...", () -> name + "(" + Reprs.listRepr(
                new PList(SkeinLanguage.types().listType, Iteration.toArray(view))) + ")");
    }

    /** {@code (key, value) in d.items()}: a two-item tuple whose key maps to an equal value. */
    private static boolean itemsContain(PDictView view, Object item) {
        if (!(item instanceof PTuple pair) || pair.size() != 2) {
            return false;
        }
        Object value = view.dict().getItem(pair.get(0));
        return value != null && Comparisons.equal(value, pair.get(1));
    }

    private static boolean isSetLikeView(Object value) {
        return value instanceof PDictView view && view.kind() != PDictIterator.Kind.VALUES;
    }

    /** A new set of {@code self}'s elements; a keys view of a plain dict copies the keys with their hashes. */
    private static PBaseSet toSet(Object self) {
        BuiltinTypes types = SkeinLanguage.types();
        if (self instanceof PDictView view && view.kind() == PDictIterator.Kind.KEYS
                && view.dict().getPythonClass() == types.dictType) {
            return SetOperations.make(types.setType, view.dict());
        }
        return SetOperations.make(types.setType, self);
    }

    /**
     * {@code a & b} with a view on either side: the view's membership test is applied to the
     * other operand's elements, or to the smaller view's, or set intersection takes over.
     */
    private static Object intersect(Object left, Object right) {
        BuiltinTypes types = SkeinLanguage.types();
        Object self = left;
        Object other = right;
        if (!isSetLikeView(self)) {
            self = right;
            other = left;
        }
        long selfLength = ((PDictView) self).dict().size();
        if (other instanceof PSet set && set.getPythonClass() == types.setType && selfLength <= set.size()) {
            return SetOperations.intersection(set, self);
        }
        if (isSetLikeView(other) && ((PDictView) other).dict().size() > selfLength) {
            Object swap = other;
            other = self;
            self = swap;
        }
        PDictView view = (PDictView) self;
        PBaseSet result = new PSet(types.setType);
        Object iterator = Iteration.getIterator(other);
        Object key;
        while ((key = Iteration.next(iterator)) != null) {
            boolean contained = view.kind() == PDictIterator.Kind.KEYS ? view.dict().containsKey(key)
                    : itemsContain(view, key);
            if (contained) {
                result.addKey(key);
            }
        }
        return result;
    }

    private static Object union(Object left, Object right) {
        PBaseSet result = toSet(left);
        SetOperations.update(result, right);
        return result;
    }

    private static Object difference(Object left, Object right) {
        PBaseSet result = toSet(left);
        SetOperations.differenceUpdate(result, right);
        return result;
    }

    private static Object symmetricDifference(Object left, Object right) {
        if (left instanceof PDictView a && a.kind() == PDictIterator.Kind.ITEMS
                && right instanceof PDictView b && b.kind() == PDictIterator.Kind.ITEMS) {
            return itemsSymmetricDifference(a.dict(), b.dict());
        }
        PBaseSet result = toSet(left);
        SetOperations.symmetricDifferenceUpdate(result, right);
        return result;
    }

    /**
     * {@code d1.items() ^ d2.items()}: d2's pairs that d1 lacks (in d2's order), then d1's pairs
     * that d2 lacks, as CPython computes it from a copy of d1.
     */
    private static Object itemsSymmetricDifference(PDict first, PDict second) {
        BuiltinTypes types = SkeinLanguage.types();
        PDict remaining = first.copy(types.dictType);
        PBaseSet result = new PSet(types.setType);
        for (PDict.Entry e : second.entrySnapshot()) {
            Object mine = remaining.getItem(e.key);
            if (mine != null && Comparisons.equal(mine, e.value())) {
                remaining.removeItem(e.key);
            } else {
                result.addKey(new PTuple(types.tupleType, new Object[]{e.key, e.value()}));
            }
        }
        SetOperations.update(result, new PDictView(types.dictItemsType, remaining, PDictIterator.Kind.ITEMS));
        return result;
    }

    private static boolean isDisjoint(PDictView view, Object other) {
        if (view == other) {
            return view.dict().size() == 0;
        }
        Object self = view;
        if (other instanceof PBaseSet || isSetLikeView(other)) {
            if (Containers.length(other) > view.dict().size()) {
                self = other;
                other = view;
            }
        }
        Object iterator = Iteration.getIterator(other);
        Object item;
        while ((item = Iteration.next(iterator)) != null) {
            if (Containers.contains(self, item)) {
                return false;
            }
        }
        return true;
    }

    /** Views compare as sets with sets and other set-like views. */
    private static Object compare(Object self, Object other, Comparisons.Op op) {
        if (!(other instanceof PBaseSet) && !isSetLikeView(other)) {
            return PNotImplemented.INSTANCE;
        }
        long selfLength = Containers.length(self);
        long otherLength = Containers.length(other);
        return switch (op) {
            case EQ -> selfLength == otherLength && allContainedIn(self, other);
            case NE -> !(selfLength == otherLength && allContainedIn(self, other));
            case LT -> selfLength < otherLength && allContainedIn(self, other);
            case LE -> selfLength <= otherLength && allContainedIn(self, other);
            case GT -> selfLength > otherLength && allContainedIn(other, self);
            case GE -> selfLength >= otherLength && allContainedIn(other, self);
        };
    }

    private static boolean allContainedIn(Object self, Object other) {
        Object iterator = Iteration.getIterator(self);
        Object item;
        while ((item = Iteration.next(iterator)) != null) {
            if (!Containers.contains(other, item)) {
                return false;
            }
        }
        return true;
    }
}
