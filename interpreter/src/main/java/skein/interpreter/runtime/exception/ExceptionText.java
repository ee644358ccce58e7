package skein.interpreter.runtime.exception;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import skein.interpreter.objects.PBaseException;
import skein.interpreter.objects.PythonClass;
import skein.interpreter.runtime.Reprs;

/** The last line of a traceback: {@code module.Type: message}, as CPython's traceback module writes it. */
public final class ExceptionText {

    private ExceptionText() {
    }

    @TruffleBoundary
    public static String typeAndMessage(PBaseException exception) {
        String type = qualifiedTypeName(exception.getPythonClass());
        String message;
        try {
            message = Reprs.str(exception);
        } catch (PException e) {
            message = "<exception str() failed>";
        }
        return message.isEmpty() ? type : type + ": " + message;
    }

    /** {@code Type} for builtins and {@code __main__}, {@code module.Type} otherwise. */
    @TruffleBoundary
    public static String qualifiedTypeName(PythonClass type) {
        Object module = type.getNamespace().getItem("__module__");
        String name = type.getQualname();
        if (module instanceof String m && !m.equals("builtins") && !m.equals("__main__")) {
            return m + "." + name;
        }
        return name;
    }
}
