package skein.interpreter.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import skein.interpreter.SkeinLanguage;
import skein.interpreter.objects.PBaseSet;
import skein.interpreter.objects.PBytes;
import skein.interpreter.objects.PDict;
import skein.interpreter.objects.PDictView;
import skein.interpreter.objects.PIterator;
import skein.interpreter.objects.PList;
import skein.interpreter.objects.PNone;
import skein.interpreter.objects.PRange;
import skein.interpreter.objects.PTuple;
import skein.interpreter.objects.PythonClass;
import skein.interpreter.objects.iterators.PArrayIterator;
import skein.interpreter.objects.iterators.PDictIterator;
import skein.interpreter.objects.iterators.PListIterator;
import skein.interpreter.objects.iterators.PRangeIterator;
import skein.interpreter.objects.iterators.PSequenceIterator;
import skein.interpreter.objects.iterators.PSetIterator;
import skein.interpreter.objects.iterators.PStringIterator;
import skein.interpreter.runtime.exception.PException;
import skein.interpreter.runtime.exception.PythonErrors;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The iterator protocol: {@code iter(x)} and {@code next(it)}. Java iterators of builtin
 * types answer null at the end; Python iterators raise StopIteration, which {@link #next}
 * turns into null so that loops see one protocol.
 */
public final class Iteration {

    private Iteration() {
    }

    /** {@code iter(x)}. */
    @TruffleBoundary
    public static Object getIterator(Object iterable) {
        BuiltinTypes types = SkeinLanguage.types();
        PythonClass type = TypeOf.get(iterable, types);
        if (type.isBuiltin()) {
            Object builtin = builtinIterator(iterable, types);
            if (builtin != null) {
                return builtin;
            }
        }
        Object iter = type.lookup("__iter__");
        if (iter == PNone.NONE) {
            throw notIterable(type);
        }
        if (iter != null) {
            Object iterator = Calls.callSpecial(iterable, "__iter__");
            if (!(iterator instanceof PIterator) && TypeOf.get(iterator, types).lookup("__next__") == null) {
                throw PythonErrors.typeError("iter() returned non-iterator of type '" + TypeOf.name(iterator) + "'");
            }
            return iterator;
        }
        if (type.lookup("__getitem__") != null) {
            return new PSequenceIterator(types.sequenceIteratorType, iterable);
        }
        throw notIterable(type);
    }

    private static PException notIterable(PythonClass type) {
        return PythonErrors.typeError("'" + type.getTypeName() + "' object is not iterable");
    }

    /** The iterator of a builtin-typed object, or null when it is not one with a Java iterator. */
    @TruffleBoundary
    public static Object builtinIterator(Object iterable, BuiltinTypes types) {
        if (iterable instanceof PList list) {
            return new PListIterator(types.listIteratorType, list);
        } else if (iterable instanceof PTuple tuple) {
            return new PArrayIterator(types.tupleIteratorType, tuple.items());
        } else if (iterable instanceof String s) {
            return new PStringIterator(types.strIteratorType, s);
        } else if (iterable instanceof PRange range) {
            return new PRangeIterator(types.rangeIteratorType, range.start(), range.step(), range.length());
        } else if (iterable instanceof PDict dict) {
            return new PDictIterator(types.dictKeyIteratorType, dict, PDictIterator.Kind.KEYS, types.tupleType);
        } else if (iterable instanceof PBaseSet set) {
            return new PSetIterator(types.setIteratorType, set);
        } else if (iterable instanceof PIterator iterator) {
            return iterator;
        } else if (iterable instanceof PDictView view) {
            PythonClass iteratorType = switch (view.kind()) {
                case KEYS -> types.dictKeyIteratorType;
                case VALUES -> types.dictValueIteratorType;
                case ITEMS -> types.dictItemIteratorType;
            };
            return new PDictIterator(iteratorType, view.dict(), view.kind(), types.tupleType);
        } else if (iterable instanceof PBytes bytes) {
            Object[] items = new Object[bytes.size()];
            for (int i = 0; i < items.length; i++) {
                items[i] = (long) bytes.get(i);
            }
            return new PArrayIterator(types.bytesIteratorType, items);
        }
        return null;
    }

    /** Whether {@code iter(x)} would succeed without raising "not iterable". */
    @TruffleBoundary
    public static boolean isIterable(Object value) {
        if (value instanceof PList || value instanceof PTuple || value instanceof String || value instanceof PDict
                || value instanceof PBaseSet || value instanceof PIterator || value instanceof PRange
                || value instanceof PDictView || value instanceof PBytes) {
            return true;
        }
        PythonClass type = TypeOf.get(value);
        Object iter = type.lookup("__iter__");
        return iter != null ? iter != PNone.NONE : type.lookup("__getitem__") != null;
    }

    /** {@code next(it)}, with null at the end instead of StopIteration. */
    @TruffleBoundary
    public static Object next(Object iterator) {
        if (iterator instanceof PIterator builtin) {
            return builtin.next();
        }
        Object method = TypeOf.get(iterator).lookup("__next__");
        if (method == null) {
            throw PythonErrors.typeError("'" + TypeOf.name(iterator) + "' object is not an iterator");
        }
        try {
            return Calls.callSpecial(iterator, "__next__");
        } catch (PException e) {
            if (isStopIteration(e)) {
                return null;
            }
            throw e;
        }
    }

    public static boolean isStopIteration(PException e) {
        return e.pythonClass().isSubclassOf(SkeinLanguage.types().stopIteration);
    }

    /** Everything an iterable yields, as {@code list(x)} would collect it. */
    @TruffleBoundary
    public static Object[] toArray(Object iterable) {
        if (iterable instanceof PList list) {
            return list.snapshot();
        } else if (iterable instanceof PTuple tuple) {
            return tuple.items().clone();
        }
        Object iterator = getIterator(iterable);
        List<Object> items = new ArrayList<>();
        if (iterator instanceof PIterator builtin) {
            int hint = builtin.lengthHint();
            if (hint > 0) {
                Object[] out = new Object[hint];
                int n = 0;
                Object item;
                while ((item = builtin.next()) != null) {
                    if (n == out.length) {
                        out = Arrays.copyOf(out, n * 2 + 4);
                    }
                    out[n++] = item;
                }
                return n == out.length ? out : Arrays.copyOf(out, n);
            }
        }
        Object item;
        while ((item = next(iterator)) != null) {
            items.add(item);
        }
        return items.toArray();
    }
}
