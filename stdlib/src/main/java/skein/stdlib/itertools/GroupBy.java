package skein.stdlib.itertools;

import skein.interpreter.objects.PNone;
import skein.interpreter.objects.PTuple;
import skein.interpreter.objects.PythonClass;
import skein.interpreter.runtime.Calls;
import skein.interpreter.runtime.Comparisons;
import skein.interpreter.runtime.Iteration;

/**
 * {@code groupby(iterable, key=None)}: pairs of a key and a group iterator over the run of
 * consecutive items with that key. The groups read from the same source as the groupby, so
 * moving the groupby on ends the group it handed out before (as in CPython); a group and its
 * groupby share one lock.
 */
final class GroupBy extends LockedIterator {

    private final Object source;
    private final Object keyFunction;
    private final PythonClass grouperType;
    private final PythonClass tupleType;
    /** The item read ahead and its key; null when none is held. */
    private Object currentValue;
    private Object currentKey;
    /** The key of the group handed out last, and that group: only it may still advance. */
    private Object targetKey;
    private Grouper currentGrouper;

    GroupBy(PythonClass cls, Object iterable, Object keyFunction, PythonClass grouperType, PythonClass tupleType) {
        super(cls);
        this.source = Iteration.getIterator(iterable);
        this.keyFunction = keyFunction;
        this.grouperType = grouperType;
        this.tupleType = tupleType;
    }

    @Override
    protected Object advance() {
        currentGrouper = null;
        while (true) {
            if (currentKey != null && (targetKey == null || !Comparisons.equal(targetKey, currentKey))) {
                break;
            }
            if (!step()) {
                return null;
            }
        }
        targetKey = currentKey;
        currentGrouper = new Grouper(grouperType, this, targetKey);
        return new PTuple(tupleType, new Object[]{currentKey, currentGrouper});
    }

    /** Reads the next item and its key; false at the end of the source. */
    private boolean step() {
        Object value = Iteration.next(source);
        if (value == null) {
            return false;
        }
        Object key = keyFunction == PNone.NONE ? value : Calls.call(keyFunction, value);
        currentValue = value;
        currentKey = key;
        return true;
    }

    /** The next item of {@code group}, called under this groupby's lock; null when the run ended. */
    Object nextInGroup(Grouper group) {
        if (currentGrouper != group) {
            return null;
        }
        if (currentValue == null && !step()) {
            return null;
        }
        if (!Comparisons.equal(group.key(), currentKey)) {
            return null;
        }
        Object value = currentValue;
        currentValue = null;
        currentKey = null;
        return value;
    }

    /** One group of a groupby: {@code itertools._grouper}. */
    static final class Grouper extends LockedIterator {

        private final GroupBy parent;
        private final Object key;

        Grouper(PythonClass cls, GroupBy parent, Object key) {
            super(cls);
            this.parent = parent;
            this.key = key;
        }

        Object key() {
            return key;
        }

        @Override
        protected Object advance() {
            return parent.nextInGroup(this);
        }

        @Override
        protected Object lock() {
            return parent;
        }
    }
}
