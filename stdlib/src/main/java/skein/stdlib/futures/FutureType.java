package skein.stdlib.futures;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import skein.interpreter.SkeinContext;
import skein.interpreter.builtins.BuiltinDefiner;
import skein.interpreter.objects.PBaseException;
import skein.interpreter.objects.PGenericAlias;
import skein.interpreter.objects.PNone;
import skein.interpreter.objects.PythonClass;
import skein.interpreter.runtime.BuiltinTypes;
import skein.interpreter.runtime.Calls;
import skein.interpreter.runtime.ObjectIds;
import skein.interpreter.runtime.Reprs;
import skein.interpreter.runtime.Truthiness;
import skein.interpreter.runtime.TypeOf;
import skein.interpreter.runtime.exception.PException;
import skein.interpreter.runtime.exception.PythonErrors;
import skein.stdlib.PythonLikeClasses;
import skein.stdlib.threading.WaitTimeouts;

/**
 * The methods of {@code concurrent.futures.Future}: the state queries, {@code result} and
 * {@code exception} with their timeouts (waiting through the clock), cancellation, callbacks,
 * the setters executors use, and CPython's repr.
 */
final class FutureType {

    private FutureType() {
    }

    static void define(BuiltinDefiner d, FutureClasses classes) {
        PythonClass future = classes.future();
        d.method(future, "__init__(self)", a -> PNone.NONE);
        d.method(future, "__repr__(self)", a -> repr((PFuture) a[0]));
        d.method(future, "cancel(self)", a -> ((PFuture) a[0]).cancel(SkeinContext.currentClock()));
        d.method(future, "cancelled(self)", a -> ((PFuture) a[0]).isCancelled());
        d.method(future, "running(self)", a -> ((PFuture) a[0]).state() == PFuture.State.RUNNING);
        d.method(future, "done(self)", a -> ((PFuture) a[0]).isDone());
        d.method(future, "add_done_callback(self, fn)", a -> {
            ((PFuture) a[0]).addDoneCallback(a[1]);
            return PNone.NONE;
        });
        d.method(future, "result(self, timeout=None)", a -> result((PFuture) a[0], a[1], classes));
        d.method(future, "exception(self, timeout=None)", a -> exception((PFuture) a[0], a[1], classes));
        d.method(future, "set_running_or_notify_cancel(self)", a -> setRunningOrNotifyCancel((PFuture) a[0]));
        d.method(future, "set_result(self, result)", a -> {
            setResult((PFuture) a[0], a[1], classes);
            return PNone.NONE;
        });
        d.method(future, "set_exception(self, exception)", a -> {
            setException((PFuture) a[0], a[1], classes);
            return PNone.NONE;
        });
        d.getter(future, "_state", self -> ((PFuture) self).state().name());
        d.getter(future, "_result", self -> ((PFuture) self).result());
        d.getter(future, "_exception", self -> ((PFuture) self).exception());
        PythonLikeClasses.wordErrorsAsPython(future);
        BuiltinTypes t = d.types();
        d.classMethod(future, "__class_getitem__(cls, item, /)",
                a -> PGenericAlias.of(t.other(PGenericAlias.TYPE_NAME), t.tupleType, a[0], a[1]));
    }

    /** {@code <Future at 0x7f... state=finished returned int>}, as CPython's {@code __repr__} builds it. */
    @TruffleBoundary
    static String repr(PFuture future) {
        PFuture.State state = future.state();
        String head = "<" + TypeOf.get(future).getName() + " at " + ObjectIds.hexAddress(future) + " state="
                + state.description;
        if (state != PFuture.State.FINISHED) {
            return head + ">";
        }
        Object exception = future.exception();
        if (Truthiness.isTrue(exception)) {
            return head + " raised " + TypeOf.get(exception).getName() + ">";
        }
        return head + " returned " + TypeOf.get(future.result()).getName() + ">";
    }

    /** {@code result(timeout)}: waits, then the result, the exception raised, CancelledError or TimeoutError. */
    @TruffleBoundary
    static Object result(PFuture future, Object timeout, FutureClasses classes) {
        awaitOutcome(future, timeout, classes);
        Object exception = future.exception();
        if (Truthiness.isTrue(exception)) {
            throw raise(exception);
        }
        return future.result();
    }

    /** {@code exception(timeout)}: waits, then the exception raised or None; CancelledError or TimeoutError. */
    @TruffleBoundary
    static Object exception(PFuture future, Object timeout, FutureClasses classes) {
        awaitOutcome(future, timeout, classes);
        return future.exception();
    }

    /** Returns once the future finished; raises CancelledError when it was cancelled, TimeoutError when time ran out. */
    private static void awaitOutcome(PFuture future, Object timeout, FutureClasses classes) {
        if (!future.isDone()) {
            future.awaitDone(SkeinContext.currentClock(), WaitTimeouts.conditionWaitNanos(timeout));
        }
        PFuture.State state = future.state();
        if (state.isCancelled()) {
            throw PythonErrors.createWithArgs(classes.cancelledError());
        }
        if (state != PFuture.State.FINISHED) {
            throw PythonErrors.createWithArgs(SkeinContext.get(null).types().timeoutError);
        }
    }

    /**
     * {@code raise self._exception}: an exception instance as it is (its traceback grows), an
     * exception class instantiated, anything else refused as {@code raise} refuses it.
     */
    private static PException raise(Object exception) {
        SkeinContext context = SkeinContext.get(null);
        PBaseException raised;
        if (exception instanceof PBaseException instance) {
            raised = instance;
        } else if (exception instanceof PythonClass cls && cls.isSubclassOf(context.types().baseException)
                && Calls.call(cls) instanceof PBaseException made) {
            raised = made;
        } else {
            throw PythonErrors.typeError("exceptions must derive from BaseException");
        }
        PBaseException handled = context.threadState().handledException();
        if (handled != null && handled != raised) {
            raised.setContext(handled);
        }
        return new PException(raised, null);
    }

    static boolean setRunningOrNotifyCancel(PFuture future) {
        try {
            return future.setRunningOrNotifyCancel(SkeinContext.currentClock());
        } catch (PFuture.RefusedTransition refused) {
            SkeinContext context = SkeinContext.get(null);
            LastResortLog.message(context, "Future " + ObjectIds.id(future) + " in unexpected state: "
                    + refused.found.name());
            throw PythonErrors.runtimeError("Future in unexpected state");
        }
    }

    static void setResult(PFuture future, Object value, FutureClasses classes) {
        try {
            future.setResult(SkeinContext.currentClock(), value);
        } catch (PFuture.RefusedTransition refused) {
            throw invalidState(future, refused, classes);
        }
    }

    static void setException(PFuture future, Object exception, FutureClasses classes) {
        try {
            future.setException(SkeinContext.currentClock(), exception);
        } catch (PFuture.RefusedTransition refused) {
            throw invalidState(future, refused, classes);
        }
    }

    /** {@code InvalidStateError('FINISHED: <Future at ...>')}. */
    private static PException invalidState(PFuture future, PFuture.RefusedTransition refused, FutureClasses classes) {
        return PythonErrors.create(classes.invalidStateError(), refused.found.name() + ": " + Reprs.repr(future));
    }
}
