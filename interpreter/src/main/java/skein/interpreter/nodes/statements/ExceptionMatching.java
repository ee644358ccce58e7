package skein.interpreter.nodes.statements;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import skein.interpreter.SkeinLanguage;
import skein.interpreter.objects.PBaseException;
import skein.interpreter.objects.PTuple;
import skein.interpreter.objects.PythonClass;
import skein.interpreter.runtime.exception.PythonErrors;

/** Whether an {@code except T:} clause catches an exception: T a class or a tuple of them. */
public final class ExceptionMatching {

    private ExceptionMatching() {
    }

    @TruffleBoundary
    public static boolean matches(PBaseException exception, Object clause) {
        PythonClass baseException = SkeinLanguage.types().baseException;
        if (clause instanceof PythonClass cls) {
            if (!cls.isSubclassOf(baseException)) {
                throw notAnExceptionClass();
            }
            return exception.getPythonClass().isSubclassOf(cls);
        }
        if (clause instanceof PTuple tuple) {
            for (Object item : tuple.items()) {
                if (!(item instanceof PythonClass) && !(item instanceof PTuple)) {
                    throw notAnExceptionClass();
                }
            }
            for (Object item : tuple.items()) {
                if (matches(exception, item)) {
                    return true;
                }
            }
            return false;
        }
        throw notAnExceptionClass();
    }

    private static RuntimeException notAnExceptionClass() {
        return PythonErrors.typeError("catching classes that do not inherit from BaseException is not allowed");
    }
}
