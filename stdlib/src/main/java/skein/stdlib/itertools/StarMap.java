package skein.stdlib.itertools;

import skein.interpreter.objects.PythonClass;
import skein.interpreter.runtime.Calls;
import skein.interpreter.runtime.Iteration;

/** {@code starmap(function, iterable)}: {@code function(*args)} for each args of the iterable. */
final class StarMap extends LockedIterator {

    private final Object function;
    private final Object source;

    StarMap(PythonClass cls, Object function, Object iterable) {
        super(cls);
        this.function = function;
        this.source = Iteration.getIterator(iterable);
    }

    @Override
    protected Object advance() {
        Object args = Iteration.next(source);
        if (args == null) {
            return null;
        }
        return Calls.call(function, Iteration.toArray(args));
    }
}
