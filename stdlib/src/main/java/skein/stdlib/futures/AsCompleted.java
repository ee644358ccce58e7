package skein.stdlib.futures;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import skein.interpreter.SkeinContext;
import skein.interpreter.objects.PIterator;
import skein.interpreter.objects.PNone;
import skein.interpreter.objects.PSet;
import skein.interpreter.objects.PythonClass;
import skein.interpreter.runtime.clock.Clock;
import skein.interpreter.runtime.exception.PythonErrors;
import skein.stdlib.threading.WaitTimeouts;

import java.util.ArrayDeque;
import java.util.List;

/**
 * The work of {@code as_completed(fs, timeout)}, which the module's generator of that name
 * delegates to: the futures already completed first, then each as it completes, in completion
 * order, each once; a {@code TimeoutError} ("N (of M) futures unfinished") when the timeout
 * passes with some still pending. The waiter stays on the futures not yet yielded until the
 * iteration ends or is closed.
 */
final class AsCompleted extends PIterator {

    private final Clock clock;
    /** {@code timeout + time.monotonic()} when the iteration began; null without a timeout. */
    private final Object end;
    /** The futures not yet yielded. */
    private final PSet remaining;
    /** The futures not yet yielded that had not completed when the iteration began. */
    private final PSet pending;
    private final int total;
    private final CompletionWaiter waiter;
    /** Completed futures to yield, next first. */
    private final ArrayDeque<PFuture> ready = new ArrayDeque<>();
    private boolean closed;

    private AsCompleted(PythonClass cls, Clock clock, Object end, PSet remaining, PSet pending, int total) {
        super(cls);
        this.clock = clock;
        this.end = end;
        this.remaining = remaining;
        this.pending = pending;
        this.total = total;
        this.waiter = new CompletionWaiter(CompletionWaiter.Condition.AS_COMPLETED, 0,
                "as_completed() of " + total + " futures");
    }

    /** Starts the iteration: the end of the timeout, the futures, the waiter on those pending. */
    @TruffleBoundary
    static AsCompleted start(PythonClass cls, Object fs, Object timeout) {
        SkeinContext context = SkeinContext.get(null);
        Clock clock = context.clock();
        Object end = timeout == PNone.NONE ? null : WaitFunctions.end(clock, timeout);
        PSet remaining = WaitFunctions.futureSet(context, fs);
        List<PFuture> futures = WaitFunctions.futuresIn(remaining);
        PSet pending = new PSet(context.types().setType);
        AsCompleted iteration = new AsCompleted(cls, clock, end, remaining, pending, futures.size());
        for (PFuture future : futures) {
            if (future.isCompleted()) {
                // CPython yields these popping from the end of the list it made of them.
                iteration.ready.addFirst(future);
            } else {
                pending.addKey(future);
            }
        }
        for (Object future : pending.elements()) {
            ((PFuture) future).addCompletionWaiter(iteration.waiter, clock);
        }
        return iteration;
    }

    @Override
    @TruffleBoundary
    public synchronized Object next() {
        while (!closed) {
            PFuture future = ready.pollFirst();
            if (future != null) {
                remaining.discardKey(future);
                pending.discardKey(future);
                future.removeCompletionWaiter(waiter);
                return future;
            }
            if (pending.size() == 0) {
                close();
                break;
            }
            long timeoutNanos = -1;
            if (end != null) {
                Object left = WaitTimeouts.remaining(clock, end);
                if (WaitTimeouts.isOver(left)) {
                    close();
                    throw PythonErrors.create(SkeinContext.get(null).types().timeoutError,
                            pending.size() + " (of " + total + ") futures unfinished");
                }
                timeoutNanos = WaitTimeouts.conditionWaitNanos(left);
            }
            waiter.await(clock, timeoutNanos);
            ready.addAll(waiter.takeFinished());
        }
        return null;
    }

    /** Ends the iteration: the waiter leaves the futures not yet yielded. */
    @TruffleBoundary
    synchronized void close() {
        if (!closed) {
            closed = true;
            for (Object future : remaining.elements()) {
                ((PFuture) future).removeCompletionWaiter(waiter);
            }
        }
    }
}
