package skein.stdlib.collections;

import skein.interpreter.objects.PDict;
import skein.interpreter.objects.PythonClass;
import skein.interpreter.runtime.Attributes;
import skein.interpreter.runtime.BinaryOp;
import skein.interpreter.runtime.BuiltinTypes;
import skein.interpreter.runtime.Calls;
import skein.interpreter.runtime.IntOps;
import skein.interpreter.runtime.Iteration;
import skein.interpreter.runtime.Operators;
import skein.interpreter.runtime.Subscripts;

/**
 * {@code _count_elements(mapping, iterable)}, Counter's inner loop:
 * {@code mapping[item] = mapping.get(item, 0) + 1} for each item, straight on the dict when
 * the mapping's get and __setitem__ are dict's own.
 */
final class CountElements {

    private CountElements() {
    }

    static void count(Object mapping, Object iterable, BuiltinTypes types) {
        Object iterator = Iteration.getIterator(iterable);
        PythonClass type = skein.interpreter.runtime.TypeOf.get(mapping);
        boolean plain = mapping instanceof PDict
                && type.lookup("get") == types.dictType.lookup("get")
                && type.lookup("__setitem__") == types.dictType.lookup("__setitem__");
        Object get = plain ? null : Attributes.get(mapping, "get");
        Object item;
        while ((item = Iteration.next(iterator)) != null) {
            if (plain) {
                PDict dict = (PDict) mapping;
                Object old = dict.getItem(item);
                dict.setItem(item, old == null ? (Object) 1L : increment(old));
            } else {
                Subscripts.setItem(mapping, item, increment(Calls.call(get, item, 0L)));
            }
        }
    }

    private static Object increment(Object count) {
        if (IntOps.isInt(count)) {
            return IntOps.add(IntOps.asIntValue(count), 1L);
        }
        return Operators.binary(count, 1L, BinaryOp.ADD);
    }
}
