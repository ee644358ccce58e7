package skein.interpreter.runtime.exception;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;
import skein.interpreter.SkeinLanguage;
import skein.interpreter.objects.PBaseException;
import skein.interpreter.objects.PTuple;
import skein.interpreter.objects.PythonClass;
import skein.interpreter.runtime.BuiltinTypes;

/** Raises CPython's builtin exceptions from Java code: {@code throw PythonErrors.valueError("...")}. */
public final class PythonErrors {

    private PythonErrors() {
    }

    /** An exception of {@code type} with a single message argument, ready to throw. */
    @TruffleBoundary
    public static PException create(PythonClass type, String message) {
        return create(type, message, null);
    }

    @TruffleBoundary
    public static PException create(PythonClass type, String message, Node location) {
        BuiltinTypes types = SkeinLanguage.types();
        PBaseException exception = new PBaseException(type, new PTuple(types.tupleType, new Object[]{message}));
        return new PException(exception, location);
    }

    /**
     * An exception made by calling {@code type(*args)}, so that the attributes its
     * {@code __init__} derives from the arguments ({@code OSError.errno}, {@code StopIteration.value}...)
     * are there as when Python code raises it.
     */
    @TruffleBoundary
    public static PException createWithArgs(PythonClass type, Object... args) {
        return new PException((PBaseException) skein.interpreter.runtime.Calls.call(type, args), null);
    }

    private static BuiltinTypes types() {
        return SkeinLanguage.types();
    }

    @TruffleBoundary
    public static PException valueError(String message) {
        return create(types().valueError, message);
    }

    @TruffleBoundary
    public static PException typeError(String message) {
        return create(types().typeError, message);
    }

    @TruffleBoundary
    public static PException overflowError(String message) {
        return create(types().overflowError, message);
    }

    @TruffleBoundary
    public static PException zeroDivisionError(String message) {
        return create(types().zeroDivisionError, message);
    }

    @TruffleBoundary
    public static PException indexError(String message) {
        return create(types().indexError, message);
    }

    @TruffleBoundary
    public static PException runtimeError(String message) {
        return create(types().runtimeError, message);
    }

    @TruffleBoundary
    public static PException notImplementedError(String message) {
        return create(types().notImplementedError, message);
    }

    @TruffleBoundary
    public static PException systemError(String message) {
        return create(types().systemError, message);
    }

    @TruffleBoundary
    public static PException recursionError(String message) {
        return create(types().recursionError, message);
    }

    @TruffleBoundary
    public static PException memoryError() {
        return createWithArgs(types().memoryError);
    }

    @TruffleBoundary
    public static PException eofError(String message) {
        return create(types().eofError, message);
    }

    @TruffleBoundary
    public static PException stopIteration() {
        return createWithArgs(types().stopIteration);
    }

    /** {@code KeyError(key)}: its message is the key's repr, shown by KeyError's own str. */
    @TruffleBoundary
    public static PException keyError(Object key) {
        return createWithArgs(types().keyError, key);
    }

    /** {@code AttributeError} with CPython's {@code name} and {@code obj} attributes set. */
    @TruffleBoundary
    public static PException attributeError(String message, Object obj, String name) {
        PException e = create(types().attributeError, message);
        e.pythonException().getOrCreateDict().setItem("name", name);
        e.pythonException().getOrCreateDict().setItem("obj", obj);
        return e;
    }

    @TruffleBoundary
    public static PException attributeError(String message) {
        return create(types().attributeError, message);
    }

    /** {@code NameError} or {@code UnboundLocalError} with its {@code name} attribute. */
    @TruffleBoundary
    public static PException nameError(PythonClass type, String message, String name) {
        PException e = create(type, message);
        e.pythonException().getOrCreateDict().setItem("name", name);
        return e;
    }

    /** {@code ImportError}/{@code ModuleNotFoundError} with {@code name} (and {@code path}, maybe null). */
    @TruffleBoundary
    public static PException importError(PythonClass type, String message, String name, String path) {
        PException e = create(type, message);
        var dict = e.pythonException().getOrCreateDict();
        dict.setItem("msg", message);
        dict.setItem("name", name == null ? skein.interpreter.objects.PNone.NONE : name);
        dict.setItem("path", path == null ? skein.interpreter.objects.PNone.NONE : path);
        return e;
    }
}
