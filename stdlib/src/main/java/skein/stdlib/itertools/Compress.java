package skein.stdlib.itertools;

import skein.interpreter.objects.PythonClass;
import skein.interpreter.runtime.Iteration;
import skein.interpreter.runtime.Truthiness;

/** {@code compress(data, selectors)}: the items of data whose selector is true. */
final class Compress extends LockedIterator {

    private final Object data;
    private final Object selectors;

    Compress(PythonClass cls, Object data, Object selectors) {
        super(cls);
        this.data = Iteration.getIterator(data);
        this.selectors = Iteration.getIterator(selectors);
    }

    @Override
    protected Object advance() {
        while (true) {
            Object item = Iteration.next(data);
            if (item == null) {
                return null;
            }
            Object selector = Iteration.next(selectors);
            if (selector == null) {
                return null;
            }
            if (Truthiness.isTrue(selector)) {
                return item;
            }
        }
    }
}
