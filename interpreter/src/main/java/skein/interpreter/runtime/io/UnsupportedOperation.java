package skein.interpreter.runtime.io;

import skein.interpreter.SkeinLanguage;
import skein.interpreter.runtime.exception.PException;
import skein.interpreter.runtime.exception.PythonErrors;

/** {@code io.UnsupportedOperation}, raised for reading a write-only stream and the like. */
final class UnsupportedOperation {

    private UnsupportedOperation() {
    }

    static PException error(String message) {
        return PythonErrors.create(SkeinLanguage.types().other("io.UnsupportedOperation"), message);
    }
}
