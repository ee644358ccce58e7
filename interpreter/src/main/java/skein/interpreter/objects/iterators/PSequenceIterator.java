package skein.interpreter.objects.iterators;

import skein.interpreter.SkeinLanguage;
import skein.interpreter.objects.PIterator;
import skein.interpreter.objects.PythonClass;
import skein.interpreter.runtime.Calls;
import skein.interpreter.runtime.TypeOf;
import skein.interpreter.runtime.exception.PException;

/** {@code iter(obj)} for an object with {@code __getitem__} but no {@code __iter__}: indices 0, 1, 2... until IndexError. */
public final class PSequenceIterator extends PIterator {

    private Object sequence;
    private long index;

    public PSequenceIterator(PythonClass cls, Object sequence) {
        super(cls);
        this.sequence = sequence;
    }

    @Override
    public Object next() {
        if (sequence == null) {
            return null;
        }
        try {
            return Calls.callSpecial(sequence, "__getitem__", index++);
        } catch (PException e) {
            var types = SkeinLanguage.types();
            PythonClass type = TypeOf.get(e.pythonException(), types);
            if (type.isSubclassOf(types.indexError) || type.isSubclassOf(types.stopIteration)) {
                sequence = null;
                return null;
            }
            throw e;
        }
    }
}
