package skein.stdlib.io;

import skein.interpreter.objects.PythonClass;
import skein.interpreter.objects.PythonObject;

/**
 * An instance of {@code io.IOBase} or a subclass: the one thing the base class keeps is whether
 * its own {@code close} ran ({@code StringIO} and {@code BytesIO} keep their own state).
 */
class IOBase extends PythonObject {

    private volatile boolean closedByBase;

    IOBase(PythonClass cls) {
        super(cls);
    }

    boolean closedByBase() {
        return closedByBase;
    }

    void markClosedByBase() {
        closedByBase = true;
    }
}
