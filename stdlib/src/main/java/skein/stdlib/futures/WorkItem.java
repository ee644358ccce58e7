package skein.stdlib.futures;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import skein.interpreter.objects.PDict;
import skein.interpreter.objects.PTuple;
import skein.interpreter.objects.PythonClass;
import skein.interpreter.objects.PythonObject;
import skein.interpreter.runtime.Calls;
import skein.interpreter.runtime.StarArguments;
import skein.interpreter.runtime.exception.PException;

/**
 * A {@code concurrent.futures.thread._WorkItem}: one submitted call and its future, as it waits
 * in an executor's work queue. Running it runs the call unless the future was cancelled, and
 * settles the future with its result or whatever it raised.
 */
final class WorkItem extends PythonObject {

    final PFuture future;
    final Object fn;
    final PTuple args;
    final PDict kwargs;

    WorkItem(PythonClass cls, PFuture future, Object fn, PTuple args, PDict kwargs) {
        super(cls);
        this.future = future;
        this.fn = fn;
        this.args = args;
        this.kwargs = kwargs;
    }

    /**
     * Runs the call and settles the future; {@code callEnded} runs as soon as the call has
     * returned or raised (or at once when the future was cancelled), before the future's
     * waiters wake and its callbacks run.
     */
    @TruffleBoundary
    void run(FutureClasses classes, Runnable callEnded) {
        if (!FutureType.setRunningOrNotifyCancel(future)) {
            callEnded.run();
            return;
        }
        Object result;
        try {
            result = kwargs.size() == 0 ? Calls.call(fn, args.items()) : StarArguments.call(fn, args, kwargs);
        } catch (PException e) {
            callEnded.run();
            FutureType.setException(future, e.pythonException(), classes);
            return;
        }
        callEnded.run();
        FutureType.setResult(future, result, classes);
    }
}
