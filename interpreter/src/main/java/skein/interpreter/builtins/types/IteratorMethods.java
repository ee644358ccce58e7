package skein.interpreter.builtins.types;

import skein.interpreter.builtins.BuiltinDefiner;
import skein.interpreter.objects.PIterator;
import skein.interpreter.objects.PythonClass;
import skein.interpreter.runtime.BuiltinTypes;
import skein.interpreter.runtime.exception.PythonErrors;

/** {@code __iter__} and {@code __next__} for every builtin iterator type implemented in Java. */
public final class IteratorMethods {

    private IteratorMethods() {
    }

    static void define(BuiltinDefiner d) {
        BuiltinTypes t = d.types();
        for (PythonClass type : new PythonClass[]{t.listIteratorType, t.listReverseIteratorType, t.tupleIteratorType,
                t.rangeIteratorType, t.strIteratorType, t.bytesIteratorType, t.dictKeyIteratorType,
                t.dictValueIteratorType, t.dictItemIteratorType, t.setIteratorType, t.sequenceIteratorType,
                t.callableIteratorType}) {
            defineFor(d, type);
        }
    }

    /** Adds the iterator protocol to a type whose instances are {@link PIterator}s. */
    public static void defineFor(BuiltinDefiner d, PythonClass type) {
        d.method(type, "__iter__(self, /)", a -> a[0]);
        d.method(type, "__next__(self, /)", a -> {
            Object item = ((PIterator) a[0]).next();
            if (item == null) {
                throw PythonErrors.stopIteration();
            }
            return item;
        });
        d.method(type, "__length_hint__(self, /)", a -> (long) Math.max(0, ((PIterator) a[0]).lengthHint()));
    }
}
