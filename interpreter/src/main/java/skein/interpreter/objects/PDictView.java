package skein.interpreter.objects;

import skein.interpreter.objects.iterators.PDictIterator;

/** {@code d.keys()}, {@code d.values()}, {@code d.items()}: live views of a dict. */
public final class PDictView extends PythonObject {

    private final PDict dict;
    private final PDictIterator.Kind kind;

    public PDictView(PythonClass cls, PDict dict, PDictIterator.Kind kind) {
        super(cls);
        this.dict = dict;
        this.kind = kind;
    }

    public PDict dict() {
        return dict;
    }

    public PDictIterator.Kind kind() {
        return kind;
    }
}
