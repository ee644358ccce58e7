package skein.interpreter.runtime.exception;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.exception.AbstractTruffleException;
import com.oracle.truffle.api.nodes.Node;
import skein.interpreter.objects.FunctionCode;
import skein.interpreter.objects.PBaseException;
import skein.interpreter.objects.PDict;
import skein.interpreter.objects.PFrame;
import skein.interpreter.objects.PTraceback;
import skein.interpreter.objects.PythonClass;

/**
 * A Python exception in flight: the Java throwable that carries a Python exception object up
 * the Java stack. The Python traceback grows as it goes, the way CPython's does: the innermost
 * statement of each frame it leaves notes its line, and the frame, on the way out, adds an
 * entry to {@code __traceback__}. Truffle's own stack-trace capture is switched off; Python's
 * traceback is the only one kept.
 */
public final class PException extends AbstractTruffleException {

    private static final long serialVersionUID = 1L;

    private final transient PBaseException exception;
    /** The line reached in the frame being unwound, not yet written to the traceback; -1 if none. */
    private int pendingLine = -1;
    /** The frame being unwound already has its traceback entry (a handler saw it, or a bare raise). */
    private boolean frameRecorded;

    public PException(PBaseException exception, Node location) {
        super(null, null, 0, location);
        this.exception = exception;
    }

    /** A bare {@code raise} of the exception being handled. */
    public static PException reraise(PBaseException exception, Node location) {
        PException e = new PException(exception, location);
        e.frameRecorded = true;
        return e;
    }

    public PBaseException pythonException() {
        return exception;
    }

    public PythonClass pythonClass() {
        return exception.getPythonClass();
    }

    /** The exception type's name, e.g. {@code ValueError}. */
    public String typeName() {
        return exception.getPythonClass().getName();
    }

    /** {@code str(exception)}: the message as Python shows it after the type. */
    @TruffleBoundary
    public String messageText() {
        return skein.interpreter.runtime.Reprs.str(exception);
    }

    /** Called by every statement the exception leaves; only the innermost one counts. */
    public void noteLine(int line) {
        if (pendingLine < 0) {
            pendingLine = line;
        }
    }

    /**
     * Adds the frame being unwound to the traceback, once: an except clause does it when it
     * catches, and the frame's root when the exception leaves.
     */
    @TruffleBoundary
    public void recordFrame(PythonClass tracebackType, PythonClass frameType, FunctionCode code, PDict globals) {
        if (!frameRecorded) {
            int line = pendingLine >= 0 ? pendingLine : code.firstLine();
            PFrame frame = new PFrame(frameType, code, line, globals);
            exception.setTraceback(new PTraceback(tracebackType, frame, line, exception.traceback()));
            frameRecorded = true;
        }
    }

    /** The exception leaves the frame of {@code code}: record it, then start afresh in the caller. */
    @TruffleBoundary
    public void leaveFrame(PythonClass tracebackType, PythonClass frameType, FunctionCode code, PDict globals) {
        recordFrame(tracebackType, frameType, code, globals);
        frameRecorded = false;
        pendingLine = -1;
    }

    @Override
    @TruffleBoundary
    public String getMessage() {
        return ExceptionText.typeAndMessage(exception);
    }
}
