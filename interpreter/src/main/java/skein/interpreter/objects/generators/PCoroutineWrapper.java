package skein.interpreter.objects.generators;

import skein.interpreter.objects.PythonClass;
import skein.interpreter.objects.PythonObject;

/** What {@code coroutine.__await__()} returns: an iterator that drives the coroutine. */
public final class PCoroutineWrapper extends PythonObject {

    private final PCoroutine coroutine;

    public PCoroutineWrapper(PythonClass cls, PCoroutine coroutine) {
        super(cls);
        this.coroutine = coroutine;
    }

    public PCoroutine coroutine() {
        return coroutine;
    }
}
