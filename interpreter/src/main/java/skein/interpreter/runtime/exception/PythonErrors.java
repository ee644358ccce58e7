package skein.interpreter.runtime.exception;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/** Raises CPython's builtin exceptions from Java code: {@code throw PythonErrors.valueError("...")}. */
public final class PythonErrors {

    private PythonErrors() {
    }

    @TruffleBoundary
    public static PException valueError(String message) {
        return new PException("ValueError", message);
    }

    @TruffleBoundary
    public static PException typeError(String message) {
        return new PException("TypeError", message);
    }

    @TruffleBoundary
    public static PException overflowError(String message) {
        return new PException("OverflowError", message);
    }

    @TruffleBoundary
    public static PException zeroDivisionError(String message) {
        return new PException("ZeroDivisionError", message);
    }

    @TruffleBoundary
    public static PException indexError(String message) {
        return new PException("IndexError", message);
    }
}
