package skein.interpreter.objects.iterators;

import skein.interpreter.objects.PIterator;
import skein.interpreter.objects.PNone;
import skein.interpreter.objects.PythonClass;
import skein.interpreter.runtime.Calls;
import skein.interpreter.runtime.Iteration;
import skein.interpreter.runtime.Truthiness;

/** {@code filter(function, iterable)}; a None function keeps the true items. */
public final class PFilter extends PIterator {

    private final Object function;
    private final Object iterator;

    public PFilter(PythonClass cls, Object function, Object iterator) {
        super(cls);
        this.function = function;
        this.iterator = iterator;
    }

    @Override
    public Object next() {
        Object item;
        while ((item = Iteration.next(iterator)) != null) {
            boolean keep = function == PNone.NONE ? Truthiness.isTrue(item) : Truthiness.isTrue(Calls.call(function, item));
            if (keep) {
                return item;
            }
        }
        return null;
    }
}
