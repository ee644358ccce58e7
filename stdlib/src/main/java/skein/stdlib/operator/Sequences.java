package skein.stdlib.operator;

import skein.interpreter.objects.PBytes;
import skein.interpreter.objects.PDict;
import skein.interpreter.objects.PList;
import skein.interpreter.objects.PTuple;
import skein.interpreter.runtime.Comparisons;
import skein.interpreter.runtime.Iteration;
import skein.interpreter.runtime.TypeOf;
import skein.interpreter.runtime.exception.PythonErrors;

/** The sequence helpers of {@code operator}: {@code concat}'s check, {@code countOf}, {@code indexOf}. */
final class Sequences {

    private Sequences() {
    }

    /** CPython's sequence test: indexable, and not a mapping. */
    static void requireSequence(Object a) {
        boolean sequence = a instanceof String || a instanceof PList || a instanceof PTuple || a instanceof PBytes
                || (!(a instanceof PDict) && TypeOf.get(a).lookup("__getitem__") != null);
        if (!sequence) {
            throw PythonErrors.typeError("'" + TypeOf.name(a) + "' object can't be concatenated");
        }
    }

    static long countOf(Object sequence, Object value) {
        Object iterator = iterate(sequence);
        long count = 0;
        Object item;
        while ((item = Iteration.next(iterator)) != null) {
            if (Comparisons.equal(item, value)) {
                count++;
            }
        }
        return count;
    }

    static long indexOf(Object sequence, Object value) {
        Object iterator = iterate(sequence);
        long index = 0;
        Object item;
        while ((item = Iteration.next(iterator)) != null) {
            if (Comparisons.equal(item, value)) {
                return index;
            }
            index++;
        }
        throw PythonErrors.valueError("sequence.index(x): x not in sequence");
    }

    private static Object iterate(Object sequence) {
        if (!Iteration.isIterable(sequence)) {
            throw PythonErrors.typeError("argument of type '" + TypeOf.name(sequence) + "' is not iterable");
        }
        return Iteration.getIterator(sequence);
    }
}
