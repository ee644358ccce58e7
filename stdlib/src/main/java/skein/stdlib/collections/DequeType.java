package skein.stdlib.collections;

import skein.interpreter.SkeinLanguage;
import skein.interpreter.builtins.BuiltinDefiner;
import skein.interpreter.builtins.types.IteratorMethods;
import skein.interpreter.modules.ModuleBuilder;
import skein.interpreter.objects.Missing;
import skein.interpreter.objects.PNone;
import skein.interpreter.objects.PNotImplemented;
import skein.interpreter.objects.PTuple;
import skein.interpreter.objects.PythonClass;
import skein.interpreter.runtime.BuiltinTypes;
import skein.interpreter.runtime.Calls;
import skein.interpreter.runtime.Comparisons;
import skein.interpreter.runtime.IntOps;
import skein.interpreter.runtime.Iteration;
import skein.interpreter.runtime.Numbers;
import skein.interpreter.runtime.Reprs;
import skein.interpreter.runtime.TypeOf;
import skein.interpreter.runtime.exception.PythonErrors;

import java.math.BigInteger;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * The methods of {@code collections.deque}. Searching methods ({@code count}, {@code index},
 * {@code remove}, {@code in}, comparisons) compare items outside the deque's lock, on a
 * snapshot, and check afterwards that the deque did not change meanwhile, raising CPython's
 * errors when it did.
 */
final class DequeType {

    /** Deques whose repr is being built on this thread: a deque inside itself shows as [...]. */
    private static final ThreadLocal<Set<Deque>> REPR_IN_PROGRESS =
            ThreadLocal.withInitial(() -> Collections.newSetFromMap(new IdentityHashMap<>()));

    private DequeType() {
    }

    static void define(ModuleBuilder m) {
        BuiltinTypes t = m.types();
        BuiltinDefiner d = m.definer();
        PythonClass deque = m.type("deque", Deque::new, false);
        PythonClass iterator = iteratorType(m, "_deque_iterator");
        PythonClass reverseIterator = iteratorType(m, "_deque_reverse_iterator");

        d.method(deque, "__init__(self, iterable=?, maxlen=None)", a -> {
            Deque self = (Deque) a[0];
            self.reset(maxlen(a[2]));
            if (a[1] != Missing.INSTANCE) {
                extend(self, a[1], false);
            }
            return PNone.NONE;
        });
        d.getter(deque, "maxlen", self -> {
            int maxlen = ((Deque) self).maxlen();
            return maxlen < 0 ? PNone.NONE : (Object) (long) maxlen;
        });
        d.constant(deque, "__hash__", PNone.NONE);
        d.method(deque, "append(self, x, /)", a -> {
            ((Deque) a[0]).append(a[1]);
            return PNone.NONE;
        });
        d.method(deque, "appendleft(self, x, /)", a -> {
            ((Deque) a[0]).appendLeft(a[1]);
            return PNone.NONE;
        });
        d.method(deque, "pop(self, /)", a -> ((Deque) a[0]).pop());
        d.method(deque, "popleft(self, /)", a -> ((Deque) a[0]).popLeft());
        d.method(deque, "extend(self, iterable, /)", a -> {
            extend((Deque) a[0], a[1], false);
            return PNone.NONE;
        });
        d.method(deque, "extendleft(self, iterable, /)", a -> {
            extend((Deque) a[0], a[1], true);
            return PNone.NONE;
        });
        d.method(deque, "clear(self, /)", a -> {
            ((Deque) a[0]).clear();
            return PNone.NONE;
        });
        d.method(deque, "rotate(self, n=1, /)", a -> {
            ((Deque) a[0]).rotate(Numbers.indexAsLong(a[1]));
            return PNone.NONE;
        });
        d.method(deque, "reverse(self, /)", a -> {
            ((Deque) a[0]).reverse();
            return PNone.NONE;
        });
        d.method(deque, "insert(self, index, object, /)", a -> {
            ((Deque) a[0]).insert(Numbers.indexAsLong(a[1]), a[2]);
            return PNone.NONE;
        });
        d.method(deque, "count(self, value, /)", a -> DequeSearch.count((Deque) a[0], a[1]));
        d.method(deque, "index(self, value, start=0, stop=9223372036854775807, /)",
                a -> (long) DequeSearch.index((Deque) a[0], a[1], a[2], a[3]));
        d.method(deque, "remove(self, value, /)", a -> {
            DequeSearch.remove((Deque) a[0], a[1]);
            return PNone.NONE;
        });
        d.method(deque, "__contains__(self, key, /)", a -> DequeSearch.contains((Deque) a[0], a[1]));
        d.method(deque, "copy(self, /)", a -> copy((Deque) a[0], deque));
        d.method(deque, "__copy__(self, /)", a -> copy((Deque) a[0], deque));
        d.method(deque, "__len__(self, /)", a -> (long) ((Deque) a[0]).size());
        d.method(deque, "__getitem__(self, key, /)", a -> ((Deque) a[0]).get(index(a[1])));
        d.method(deque, "__setitem__(self, key, value, /)", a -> {
            ((Deque) a[0]).set(index(a[1]), a[2]);
            return PNone.NONE;
        });
        d.method(deque, "__delitem__(self, key, /)", a -> {
            ((Deque) a[0]).delete(index(a[1]));
            return PNone.NONE;
        });
        d.method(deque, "__iter__(self, /)", a -> new DequeIterator(iterator, (Deque) a[0], false));
        d.method(deque, "__reversed__(self, /)", a -> new DequeIterator(reverseIterator, (Deque) a[0], true));
        d.method(deque, "__repr__(self, /)", a -> repr((Deque) a[0]));
        d.method(deque, "__reduce__(self, /)", a -> {
            Deque self = (Deque) a[0];
            int maxlen = self.maxlen();
            Object empty = new PTuple(t.tupleType, new Object[0]);
            Object arguments = maxlen < 0 ? empty : new PTuple(t.tupleType, new Object[]{empty, (long) maxlen});
            Object state = self.getDict() == null || self.getDict().size() == 0 ? PNone.NONE : self.getDict();
            return new PTuple(t.tupleType, new Object[]{self.getPythonClass(), arguments, state,
                    new DequeIterator(iterator, self, false)});
        });
        d.method(deque, "__add__(self, value, /)", a -> {
            if (!(a[1] instanceof Deque other)) {
                throw PythonErrors.typeError("can only concatenate deque (not \"" + TypeOf.name(a[1]) + "\") to deque");
            }
            Deque result = copy((Deque) a[0], deque);
            extend(result, other, false);
            return result;
        });
        d.method(deque, "__iadd__(self, value, /)", a -> {
            extend((Deque) a[0], a[1], false);
            return a[0];
        });
        d.method(deque, "__mul__(self, value, /)", a -> repeated(copy((Deque) a[0], deque), a[1]));
        d.method(deque, "__rmul__(self, value, /)", a -> repeated(copy((Deque) a[0], deque), a[1]));
        d.method(deque, "__imul__(self, value, /)", a -> repeated((Deque) a[0], a[1]));
        for (Comparisons.Op op : Comparisons.Op.values()) {
            d.method(deque, op.method + "(self, value, /)", a -> a[1] instanceof Deque other
                    ? DequeSearch.compare((Deque) a[0], other, op) : PNotImplemented.INSTANCE);
        }
    }

    private static PythonClass iteratorType(ModuleBuilder m, String name) {
        PythonClass type = m.types().define("_collections." + name, null, false);
        type.setName(name);
        type.setQualname(name);
        type.getNamespace().setItem("__module__", "_collections");
        IteratorMethods.defineFor(m.definer(), type);
        return type;
    }

    private static int maxlen(Object value) {
        if (value == PNone.NONE) {
            return -1;
        }
        Object integer = Numbers.intValueOrNull(value);
        if (integer == null) {
            throw PythonErrors.typeError("an integer is required");
        }
        if (IntOps.compare(integer, 0L) < 0) {
            throw PythonErrors.valueError("maxlen must be non-negative");
        }
        if (integer instanceof BigInteger || (Long) integer > Integer.MAX_VALUE) {
            throw PythonErrors.overflowError("Python int too large to convert to C ssize_t");
        }
        return (int) (long) (Long) integer;
    }

    /** A deque index: an int or an object with {@code __index__}, never a slice. */
    private static long index(Object key) {
        if (Numbers.intValueOrNull(key) == null && TypeOf.get(key).lookup("__index__") == null) {
            throw PythonErrors.typeError("sequence index must be integer, not '" + TypeOf.name(key) + "'");
        }
        return Numbers.indexAsLong(key);
    }

    /** Appends each item as it comes (a deque extended by itself sees its items as they were). */
    private static void extend(Deque deque, Object iterable, boolean left) {
        Object source = iterable == deque ? new PTuple(SkeinLanguage.types().tupleType, deque.snapshot()) : iterable;
        Object iterator = Iteration.getIterator(source);
        Object item;
        while ((item = Iteration.next(iterator)) != null) {
            if (left) {
                deque.appendLeft(item);
            } else {
                deque.append(item);
            }
        }
    }

    /** {@code deque.copy()}: same type and maxlen; a subclass is called as {@code cls(self[, maxlen])}. */
    private static Deque copy(Deque self, PythonClass dequeType) {
        PythonClass type = self.getPythonClass();
        int maxlen = self.maxlen();
        if (type != dequeType) {
            Object copied = maxlen < 0 ? Calls.call(type, self) : Calls.call(type, self, (long) maxlen);
            if (!(copied instanceof Deque result)) {
                throw PythonErrors.typeError(type.getName() + "() must return a deque, not " + TypeOf.name(copied));
            }
            return result;
        }
        Deque result = new Deque(dequeType);
        result.reset(maxlen);
        for (Object item : self.snapshot()) {
            result.append(item);
        }
        return result;
    }

    /** {@code deque *= n}: the contents n times over (a bounded deque keeps the last maxlen). */
    private static Deque repeated(Deque deque, Object times) {
        if (Numbers.intValueOrNull(times) == null && TypeOf.get(times).lookup("__index__") == null) {
            throw PythonErrors.typeError("can't multiply sequence by non-int of type '" + TypeOf.name(times) + "'");
        }
        long n = Numbers.indexAsLong(times);
        if (n <= 0) {
            deque.clear();
            return deque;
        }
        Object[] items = deque.snapshot();
        if (items.length == 0) {
            return deque;
        }
        long copies = n - 1;
        int maxlen = deque.maxlen();
        if (maxlen >= 0) {
            // Past maxlen the window only cycles: enough copies to fill it give the same result.
            copies = Math.min(copies, maxlen / items.length + 1);
        } else if (copies > Integer.MAX_VALUE / items.length) {
            throw PythonErrors.memoryError();
        }
        for (long i = 0; i < copies; i++) {
            for (Object item : items) {
                deque.append(item);
            }
        }
        return deque;
    }

    private static String repr(Deque deque) {
        Set<Deque> inProgress = REPR_IN_PROGRESS.get();
        if (!inProgress.add(deque)) {
            return "[...]";
        }
        try {
            StringBuilder sb = new StringBuilder(deque.getPythonClass().getName()).append("([");
            Object[] items = deque.snapshot();
            for (int i = 0; i < items.length; i++) {
                sb.append(i == 0 ? "" : ", ").append(Reprs.repr(items[i]));
            }
            sb.append(']');
            int maxlen = deque.maxlen();
            if (maxlen >= 0) {
                sb.append(", maxlen=").append(maxlen);
            }
            return sb.append(')').toString();
        } finally {
            inProgress.remove(deque);
        }
    }
}
