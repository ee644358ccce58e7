package skein.interpreter.runtime.exception;

import com.oracle.truffle.api.exception.AbstractTruffleException;

/**
 * A Python exception in flight. Interim form: the type's name and the message; the object
 * model replaces these with the Python exception object.
 */
public final class PException extends AbstractTruffleException {

    private final String typeName;

    PException(String typeName, String message) {
        super(message);
        this.typeName = typeName;
    }

    public String typeName() {
        return typeName;
    }
}
