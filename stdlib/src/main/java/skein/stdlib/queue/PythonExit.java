package skein.stdlib.queue;

import skein.interpreter.SkeinLanguage;
import skein.interpreter.objects.PBaseException;
import skein.interpreter.objects.PNone;
import skein.interpreter.objects.PythonClass;
import skein.interpreter.runtime.Attributes;
import skein.interpreter.runtime.Calls;
import skein.interpreter.runtime.PythonThreadState;
import skein.interpreter.runtime.Truthiness;
import skein.interpreter.runtime.TypeOf;
import skein.interpreter.runtime.exception.PException;
import skein.interpreter.runtime.exception.PythonErrors;

/**
 * A Python context manager entered from Java, as a {@code with} statement enters it: its
 * type's {@code __enter__} called, its {@code __exit__} bound for later, called with the
 * exception that ends the block (whose being handled {@code sys.exc_info()} shows meanwhile),
 * and able to suppress it.
 */
record PythonExit(Object boundExit) {

    static PythonExit enter(Object manager) {
        PythonClass type = TypeOf.get(manager);
        Object enter = type.lookup("__enter__");
        Object exit = type.lookup("__exit__");
        if (enter == null || exit == null) {
            throw PythonErrors.typeError("'" + type.getTypeName() + "' object does not support the context manager protocol");
        }
        PythonExit entered = new PythonExit(Attributes.bindDescriptor(exit, manager, type));
        Calls.call(Attributes.bindDescriptor(enter, manager, type));
        return entered;
    }

    void exitNormally() {
        Calls.call(boundExit, PNone.NONE, PNone.NONE, PNone.NONE);
    }

    /** True when {@code __exit__} suppressed the exception. */
    boolean exitWithException(PException error) {
        PBaseException exception = error.pythonException();
        PythonThreadState thread = SkeinLanguage.get(null).threadState();
        PBaseException outer = thread.handledException();
        thread.setHandledException(exception);
        try {
            Object traceback = exception.traceback() == null ? PNone.NONE : exception.traceback();
            return Truthiness.isTrue(Calls.call(boundExit, exception.getPythonClass(), exception, traceback));
        } finally {
            thread.setHandledException(outer);
        }
    }
}
