package skein.interpreter.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import skein.interpreter.SkeinLanguage;
import skein.interpreter.objects.PBaseSet;
import skein.interpreter.objects.PBytes;
import skein.interpreter.objects.PDict;
import skein.interpreter.objects.PDictView;
import skein.interpreter.objects.PFrozenSet;
import skein.interpreter.objects.PIterator;
import skein.interpreter.objects.PList;
import skein.interpreter.objects.PRange;
import skein.interpreter.objects.PSet;
import skein.interpreter.objects.PTuple;
import skein.interpreter.objects.PValueObject;
import skein.interpreter.objects.PythonClass;
import skein.interpreter.runtime.exception.PException;
import skein.interpreter.runtime.exception.PythonErrors;

import java.math.BigInteger;

/** {@code len(x)} and {@code item in x}. */
public final class Containers {

    private Containers() {
    }

    /** {@code len(x)}. */
    @TruffleBoundary
    public static long length(Object obj) {
        BuiltinTypes types = SkeinLanguage.types();
        PythonClass type = TypeOf.get(obj, types);
        if (type.isBuiltin()) {
            if (obj instanceof String s) {
                return StrOps.length(s);
            } else if (obj instanceof PList list) {
                return list.size();
            } else if (obj instanceof PTuple tuple) {
                return tuple.size();
            } else if (obj instanceof PDict dict) {
                return dict.size();
            } else if (obj instanceof PBaseSet set) {
                return set.size();
            } else if (obj instanceof PRange range) {
                return range.length();
            } else if (obj instanceof PBytes bytes) {
                return bytes.size();
            } else if (obj instanceof PDictView view) {
                return view.dict().size();
            }
        }
        Object result = Calls.callSpecial(obj, "__len__");
        if (result == null) {
            throw PythonErrors.typeError("object of type '" + type.getTypeName() + "' has no len()");
        }
        Object value = Numbers.intValueOrNull(result);
        if (value == null) {
            throw PythonErrors.typeError("'" + TypeOf.name(result) + "' object cannot be interpreted as an integer");
        }
        if (value instanceof BigInteger) {
            throw PythonErrors.overflowError("cannot fit 'int' into an index-sized integer");
        }
        long n = (Long) value;
        if (n < 0) {
            throw PythonErrors.valueError("__len__() should return >= 0");
        }
        return n;
    }

    /** {@code item in container}. */
    @TruffleBoundary
    public static boolean contains(Object container, Object item) {
        BuiltinTypes types = SkeinLanguage.types();
        PythonClass type = TypeOf.get(container, types);
        if (type.isBuiltin()) {
            if (container instanceof String s) {
                String sub = item instanceof String text ? text
                        : item instanceof PValueObject boxed && boxed.value() instanceof String text ? text : null;
                if (sub == null) {
                    throw PythonErrors.typeError("'in <string>' requires string as left operand, not " + TypeOf.name(item));
                }
                return s.contains(sub);
            } else if (container instanceof PDict dict) {
                return dict.containsKey(item);
            } else if (container instanceof PBaseSet set) {
                return setContains(set, item);
            } else if (container instanceof PList list) {
                return containsIn(list.snapshot(), item);
            } else if (container instanceof PTuple tuple) {
                return containsIn(tuple.items(), item);
            } else if (container instanceof PRange range) {
                return Ranges.contains(range, item);
            }
        }
        Object method = type.lookup("__contains__");
        if (method != null) {
            return Truthiness.isTrue(Calls.callSpecial(container, "__contains__", item));
        }
        if (type.lookup("__iter__") == null && type.lookup("__getitem__") == null && !(container instanceof PIterator)) {
            throw PythonErrors.typeError("argument of type '" + type.getTypeName() + "' is not iterable");
        }
        Object iterator = Iteration.getIterator(container);
        Object value;
        while ((value = Iteration.next(iterator)) != null) {
            if (Comparisons.equal(value, item)) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code item in set}; an unhashable set is looked up as the frozenset of its elements, as
     * CPython does for sets of frozensets.
     */
    @TruffleBoundary
    public static boolean setContains(PBaseSet set, Object item) {
        try {
            return set.contains(item);
        } catch (PException e) {
            BuiltinTypes types = SkeinLanguage.types();
            if (!(item instanceof PSet key) || !e.pythonClass().isSubclassOf(types.typeError)) {
                throw e;
            }
            PFrozenSet frozen = new PFrozenSet(types.frozensetType);
            frozen.addAll(key);
            return set.contains(frozen);
        }
    }

    private static boolean containsIn(Object[] items, Object item) {
        for (Object value : items) {
            if (Comparisons.equal(value, item)) {
                return true;
            }
        }
        return false;
    }
}
