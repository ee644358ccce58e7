package skein.interpreter.builtins.types;

import skein.interpreter.builtins.BuiltinBody;
import skein.interpreter.builtins.BuiltinDefiner;
import skein.interpreter.objects.PDict;
import skein.interpreter.objects.PList;
import skein.interpreter.objects.PNone;
import skein.interpreter.objects.PNotImplemented;
import skein.interpreter.objects.PTuple;
import skein.interpreter.objects.PythonClass;
import skein.interpreter.objects.iterators.PListIterator;
import skein.interpreter.objects.iterators.PListReverseIterator;
import skein.interpreter.runtime.BuiltinTypes;
import skein.interpreter.runtime.Comparisons;
import skein.interpreter.runtime.IntOps;
import skein.interpreter.runtime.Iteration;
import skein.interpreter.runtime.Numbers;
import skein.interpreter.runtime.Reprs;
import skein.interpreter.runtime.Sorting;
import skein.interpreter.runtime.Subscripts;
import skein.interpreter.runtime.exception.PException;
import skein.interpreter.runtime.exception.PythonErrors;

/**
 * {@code list}. Each method is one atomic operation of {@link PList} or works on a snapshot, so
 * that Python code it runs ({@code __eq__}, key functions) never runs under the list's lock.
 */
final class ListMethods {

    private ListMethods() {
    }

    static void define(BuiltinDefiner d) {
        BuiltinTypes t = d.types();
        PythonClass list = t.listType;
        d.staticMethod(list, "__new__(cls, /, *args, **kwargs)",
                a -> new PList(ConstructorArguments.subtype(a[0], list)));
        d.method(list, "__init__(self, /, *args, **kwargs)", a -> {
            PList self = (PList) a[0];
            PythonClass type = self.getPythonClass();
            if (type == list || type.lookup("__new__") == list.lookup("__new__")) {
                ConstructorArguments.noKeywords("list", (PDict) a[2]);
            }
            Object iterable = ConstructorArguments.atMostOne("list", (PTuple) a[1]);
            self.clear();
            if (iterable != null) {
                self.appendAll(Iteration.toArray(iterable));
            }
            return PNone.NONE;
        });
        defineMutators(d, list);
        defineQueries(d, list);
        defineOperators(d, t, list);
        d.method(list, "__len__(self, /)", a -> (long) ((PList) a[0]).size());
        d.method(list, "__getitem__(self, index, /)", a -> Subscripts.builtinGetItem(a[0], a[1], t));
        d.method(list, "__setitem__(self, key, value, /)", a -> {
            Subscripts.listSetItem((PList) a[0], a[1], a[2]);
            return PNone.NONE;
        });
        d.method(list, "__delitem__(self, key, /)", a -> {
            Subscripts.listDeleteItem((PList) a[0], a[1]);
            return PNone.NONE;
        });
        d.method(list, "__iter__(self, /)", a -> new PListIterator(t.listIteratorType, (PList) a[0]));
        d.method(list, "__reversed__(self, /)", a -> new PListReverseIterator(t.listReverseIteratorType, (PList) a[0]));
        d.method(list, "__repr__(self, /)", a -> Reprs.listRepr((PList) a[0]));
        d.constant(list, "__hash__", PNone.NONE);
        GenericAliasMethods.defineClassGetItem(d, list);
    }

    private static void defineMutators(BuiltinDefiner d, PythonClass list) {
        d.method(list, "append(self, object, /)", a -> {
            ((PList) a[0]).append(a[1]);
            return PNone.NONE;
        });
        d.method(list, "extend(self, iterable, /)", a -> {
            ((PList) a[0]).appendAll(Iteration.toArray(a[1]));
            return PNone.NONE;
        });
        d.method(list, "insert(self, index, object, /)", a -> {
            ((PList) a[0]).insertAt(SequenceSupport.asSsize(a[1]), a[2]);
            return PNone.NONE;
        });
        d.method(list, "pop(self, index=-1, /)", a -> {
            PList self = (PList) a[0];
            Object item = self.popAt(SequenceSupport.asSsize(a[1]));
            if (item == null) {
                throw PythonErrors.indexError(self.size() == 0 ? "pop from empty list" : "pop index out of range");
            }
            return item;
        });
        d.method(list, "remove(self, value, /)", a -> {
            remove((PList) a[0], a[1]);
            return PNone.NONE;
        });
        d.method(list, "clear(self, /)", a -> {
            ((PList) a[0]).clear();
            return PNone.NONE;
        });
        d.method(list, "reverse(self, /)", a -> {
            ((PList) a[0]).reverse();
            return PNone.NONE;
        });
        d.method(list, "sort(self, /, *args, key=None, reverse=False)", a -> {
            if (((PTuple) a[1]).size() > 0) {
                throw PythonErrors.typeError("sort() takes no positional arguments");
            }
            sort((PList) a[0], a[2], !IntOps.isZero(Numbers.index(a[3])));
            return PNone.NONE;
        });
    }

    private static void defineQueries(BuiltinDefiner d, PythonClass list) {
        d.method(list, "index(self, value, start=0, stop=9223372036854775807, /)", a -> {
            int i = SequenceSupport.indexOf(((PList) a[0]).snapshot(), a[1], a[2], a[3]);
            if (i < 0) {
                throw PythonErrors.valueError(Reprs.repr(a[1]) + " is not in list");
            }
            return (long) i;
        });
        d.method(list, "count(self, value, /)", a -> SequenceSupport.count(((PList) a[0]).snapshot(), a[1]));
        d.method(list, "copy(self, /)", a -> new PList(list, ((PList) a[0]).snapshot()));
        d.method(list, "__contains__(self, key, /)", a -> SequenceSupport.contains(((PList) a[0]).snapshot(), a[1]));
    }

    private static void defineOperators(BuiltinDefiner d, BuiltinTypes t, PythonClass list) {
        d.method(list, "__add__(self, value, /)", a -> {
            if (!(a[1] instanceof PList other)) {
                return PNotImplemented.INSTANCE;
            }
            return new PList(list, SequenceSupport.concat(((PList) a[0]).snapshot(), other.snapshot()));
        });
        d.method(list, "__iadd__(self, value, /)", a -> {
            ((PList) a[0]).appendAll(Iteration.toArray(a[1]));
            return a[0];
        });
        BuiltinBody repeat = a -> {
            Long times = SequenceSupport.repeatCount(a[1]);
            if (times == null) {
                return PNotImplemented.INSTANCE;
            }
            return new PList(list, SequenceSupport.repeat(((PList) a[0]).snapshot(), times));
        };
        d.method(list, "__mul__(self, value, /)", repeat);
        d.method(list, "__rmul__(self, value, /)", repeat);
        d.method(list, "__imul__(self, value, /)", a -> {
            Long times = SequenceSupport.repeatCount(a[1]);
            if (times == null) {
                return PNotImplemented.INSTANCE;
            }
            PList self = (PList) a[0];
            if (times == 0) {
                self.clear();
            } else if (!self.repeatInPlace(times)) {
                throw PythonErrors.memoryError();
            }
            return self;
        });
        for (Comparisons.Op op : Comparisons.Op.values()) {
            d.method(list, op.method + "(self, value, /)", a -> compare((PList) a[0], a[1], op));
        }
    }

    /** Lists compare with lists (subclasses included) only; lists of different lengths are unequal at once. */
    private static Object compare(PList self, Object other, Comparisons.Op op) {
        if (!(other instanceof PList otherList)) {
            return PNotImplemented.INSTANCE;
        }
        Object[] a = self.snapshot();
        Object[] b = otherList.snapshot();
        if (a.length != b.length && (op == Comparisons.Op.EQ || op == Comparisons.Op.NE)) {
            return op == Comparisons.Op.NE;
        }
        return Comparisons.compareSequences(a, b, op);
    }

    /** Finds the item on a snapshot, then removes it if no other thread has moved it meanwhile. */
    private static void remove(PList list, Object value) {
        while (true) {
            Object[] items = list.snapshot();
            int i = SequenceSupport.indexOf(items, value, 0L, Long.MAX_VALUE);
            if (i < 0) {
                throw PythonErrors.valueError("list.remove(x): x not in list");
            }
            if (list.removeAtIfSame(i, items[i])) {
                return;
            }
        }
    }

    /**
     * The list is empty while it is sorted, as in CPython; a change made meanwhile (by the key
     * function, a comparison or another thread) is lost and reported.
     */
    private static void sort(PList list, Object key, boolean reverse) {
        PList.SortInProgress sort = list.beginSort();
        Object[] items = sort.items();
        try {
            Sorting.sort(items, key, reverse);
        } catch (PException e) {
            list.endSort(sort, items);
            throw e;
        }
        if (!list.endSort(sort, items)) {
            throw PythonErrors.valueError("list modified during sort");
        }
    }
}
