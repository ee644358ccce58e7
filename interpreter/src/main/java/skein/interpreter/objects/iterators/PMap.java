package skein.interpreter.objects.iterators;

import skein.interpreter.objects.PIterator;
import skein.interpreter.objects.PythonClass;
import skein.interpreter.runtime.Calls;
import skein.interpreter.runtime.Iteration;

/** {@code map(function, *iterables)}. */
public final class PMap extends PIterator {

    private final Object function;
    private final Object[] iterators;

    public PMap(PythonClass cls, Object function, Object[] iterators) {
        super(cls);
        this.function = function;
        this.iterators = iterators;
    }

    @Override
    public Object next() {
        Object[] args = new Object[iterators.length];
        for (int i = 0; i < iterators.length; i++) {
            Object item = Iteration.next(iterators[i]);
            if (item == null) {
                return null;
            }
            args[i] = item;
        }
        return Calls.call(function, args);
    }
}
