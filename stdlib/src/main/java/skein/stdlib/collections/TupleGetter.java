package skein.stdlib.collections;

import skein.interpreter.objects.PythonClass;
import skein.interpreter.objects.PythonObject;

/**
 * {@code collections._tuplegetter(index, doc)}: the read-only descriptor a namedtuple class has
 * for each field, reading one item of the tuple.
 */
final class TupleGetter extends PythonObject {

    private final int index;
    private volatile Object doc;

    TupleGetter(PythonClass cls, int index, Object doc) {
        super(cls);
        this.index = index;
        this.doc = doc;
    }

    int index() {
        return index;
    }

    Object doc() {
        return doc;
    }

    void setDoc(Object doc) {
        this.doc = doc;
    }
}
