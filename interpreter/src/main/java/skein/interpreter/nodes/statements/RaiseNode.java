package skein.interpreter.nodes.statements;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import skein.interpreter.SkeinLanguage;
import skein.interpreter.nodes.ExpressionNode;
import skein.interpreter.nodes.StatementNode;
import skein.interpreter.objects.PBaseException;
import skein.interpreter.objects.PNone;
import skein.interpreter.objects.PythonClass;
import skein.interpreter.runtime.BuiltinTypes;
import skein.interpreter.runtime.Calls;
import skein.interpreter.runtime.PArguments;
import skein.interpreter.runtime.PythonThreadState;
import skein.interpreter.runtime.exception.PException;
import skein.interpreter.runtime.exception.PythonErrors;

/** {@code raise}, {@code raise exc}, {@code raise exc from cause}. */
public final class RaiseNode extends StatementNode {

    /** Null for a bare raise. */
    @Child private ExpressionNode exception;
    @Child private ExpressionNode cause;

    public RaiseNode(ExpressionNode exception, ExpressionNode cause) {
        this.exception = exception;
        this.cause = cause;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        PythonThreadState thread = PArguments.getThreadState(frame);
        if (exception == null) {
            PBaseException handled = thread.handledException();
            if (handled == null) {
                throw PythonErrors.runtimeError("No active exception to reraise");
            }
            throw PException.reraise(handled, this);
        }
        Object value = exception.execute(frame);
        Object causeValue = cause == null ? null : cause.execute(frame);
        throw raise(value, causeValue, cause != null, thread.handledException());
    }

    @TruffleBoundary
    private PException raise(Object value, Object causeValue, boolean hasCause, PBaseException handled) {
        BuiltinTypes types = SkeinLanguage.types();
        PBaseException raised = instantiate(value, types, "exceptions must derive from BaseException");
        if (hasCause) {
            if (causeValue == PNone.NONE) {
                raised.setCause(null);
            } else {
                raised.setCause(instantiate(causeValue, types, "exception causes must derive from BaseException"));
            }
            raised.setSuppressContext(true);
        }
        if (handled != null && handled != raised) {
            raised.setContext(handled);
        }
        return new PException(raised, this);
    }

    /** An exception instance from {@code raise X} or {@code raise X()}. */
    static PBaseException instantiate(Object value, BuiltinTypes types, String error) {
        if (value instanceof PBaseException instance) {
            return instance;
        }
        if (value instanceof PythonClass cls && cls.isSubclassOf(types.baseException)) {
            Object instance = Calls.call(cls);
            if (instance instanceof PBaseException created) {
                return created;
            }
            throw PythonErrors.typeError("calling " + cls + " should have returned an instance of BaseException, not "
                    + skein.interpreter.runtime.TypeOf.name(instance));
        }
        throw PythonErrors.typeError(error);
    }
}
