package skein.stdlib.futures;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import skein.interpreter.objects.PIterator;
import skein.interpreter.objects.PNone;
import skein.interpreter.objects.PythonClass;
import skein.interpreter.runtime.Calls;
import skein.interpreter.runtime.clock.Clock;
import skein.stdlib.threading.WaitTimeouts;

import java.util.ArrayDeque;
import java.util.List;

/**
 * The work of the generator {@code Executor.map} returns, which delegates to this: the results
 * of the submitted futures in submission order, each waited for (until the map's deadline when
 * it has one) and then cancelled, as CPython's {@code _result_or_cancel} does, so that a future
 * whose wait timed out does not run later. Closing cancels the futures not reached.
 */
final class MapResults extends PIterator {

    private final FutureClasses classes;
    private final Clock clock;
    /** {@code timeout + time.monotonic()} when map was called; null without a timeout. */
    private final Object end;
    /** Guarded by this iterator. */
    private final ArrayDeque<Object> futures;

    MapResults(PythonClass cls, FutureClasses classes, Clock clock, Object end, List<Object> futures) {
        super(cls);
        this.classes = classes;
        this.clock = clock;
        this.end = end;
        this.futures = new ArrayDeque<>(futures);
    }

    @Override
    @TruffleBoundary
    public Object next() {
        Object future;
        synchronized (this) {
            future = futures.pollFirst();
        }
        if (future == null) {
            return null;
        }
        Object timeout = end == null ? PNone.NONE : WaitTimeouts.remaining(clock, end);
        try {
            if (isPlainFuture(future)) {
                return FutureType.result((PFuture) future, timeout, classes);
            }
            return Calls.callMethod(future, "result", timeout);
        } finally {
            cancel(future);
        }
    }

    /** Cancels the futures whose results were not asked for. */
    @TruffleBoundary
    void close() {
        Object[] left;
        synchronized (this) {
            left = futures.toArray();
            futures.clear();
        }
        for (Object future : left) {
            cancel(future);
        }
    }

    private void cancel(Object future) {
        if (isPlainFuture(future)) {
            ((PFuture) future).cancel(clock);
        } else {
            Calls.callMethod(future, "cancel");
        }
    }

    /** A future of class Future itself, whose methods no subclass overrides. */
    private boolean isPlainFuture(Object future) {
        return future instanceof PFuture f && f.getPythonClass() == classes.future();
    }
}
