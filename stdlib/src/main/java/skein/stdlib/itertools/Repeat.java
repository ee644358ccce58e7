package skein.stdlib.itertools;

import skein.interpreter.objects.PythonClass;
import skein.interpreter.runtime.Reprs;

/** {@code repeat(object[, times])}: the object, times times or without end. */
final class Repeat extends LockedIterator {

    private final Object element;
    /** Items still to come; negative for an endless repeat. */
    private long remaining;

    Repeat(PythonClass cls, Object element, long times) {
        super(cls);
        this.element = element;
        this.remaining = times;
    }

    @Override
    protected Object advance() {
        if (remaining == 0) {
            return null;
        }
        if (remaining > 0) {
            remaining--;
        }
        return element;
    }

    boolean isEndless() {
        return remaining < 0;
    }

    long remaining() {
        synchronized (lock()) {
            return remaining;
        }
    }

    String repr() {
        long left = remaining();
        return "repeat(" + Reprs.repr(element) + (left < 0 ? "" : ", " + left) + ")";
    }
}
