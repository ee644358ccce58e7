package skein.interpreter.objects.iterators;

import skein.interpreter.objects.PIterator;
import skein.interpreter.objects.PythonClass;
import skein.interpreter.runtime.Calls;
import skein.interpreter.runtime.Comparisons;

/** {@code iter(callable, sentinel)}: calls until the result equals the sentinel. */
public final class PCallableIterator extends PIterator {

    private Object callable;
    private final Object sentinel;

    public PCallableIterator(PythonClass cls, Object callable, Object sentinel) {
        super(cls);
        this.callable = callable;
        this.sentinel = sentinel;
    }

    @Override
    public Object next() {
        if (callable == null) {
            return null;
        }
        Object value = Calls.call(callable);
        if (Comparisons.equal(value, sentinel)) {
            callable = null;
            return null;
        }
        return value;
    }
}
