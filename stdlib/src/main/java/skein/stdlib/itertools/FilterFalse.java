package skein.stdlib.itertools;

import skein.interpreter.objects.PNone;
import skein.interpreter.objects.PythonClass;
import skein.interpreter.runtime.Calls;
import skein.interpreter.runtime.Iteration;
import skein.interpreter.runtime.Truthiness;

/** {@code filterfalse(function, iterable)}: the items for which function (or, if None, the item) is false. */
final class FilterFalse extends LockedIterator {

    private final Object function;
    private final Object source;

    FilterFalse(PythonClass cls, Object function, Object iterable) {
        super(cls);
        this.function = function;
        this.source = Iteration.getIterator(iterable);
    }

    @Override
    protected Object advance() {
        while (true) {
            Object item = Iteration.next(source);
            if (item == null) {
                return null;
            }
            Object verdict = function == PNone.NONE ? item : Calls.call(function, item);
            if (!Truthiness.isTrue(verdict)) {
                return item;
            }
        }
    }
}
