package skein.stdlib.futures;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import skein.interpreter.SkeinContext;
import skein.interpreter.objects.PBaseSet;
import skein.interpreter.objects.PNone;
import skein.interpreter.objects.PSet;
import skein.interpreter.runtime.Attributes;
import skein.interpreter.runtime.BinaryOp;
import skein.interpreter.runtime.Calls;
import skein.interpreter.runtime.Comparisons;
import skein.interpreter.runtime.Operators;
import skein.interpreter.runtime.Reprs;
import skein.interpreter.runtime.TypeOf;
import skein.interpreter.runtime.clock.Clock;
import skein.interpreter.runtime.exception.PythonErrors;
import skein.stdlib.threading.WaitTimeouts;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code concurrent.futures.wait}, and what it shares with {@code as_completed}: the futures of
 * an iterable (duplicates removed, as {@code set(fs)} removes them; anything that is not a
 * future refused with the AttributeError CPython's code meets), and the end of a timeout.
 */
final class WaitFunctions {

    static final String FIRST_COMPLETED = "FIRST_COMPLETED";
    static final String FIRST_EXCEPTION = "FIRST_EXCEPTION";
    static final String ALL_COMPLETED = "ALL_COMPLETED";
    static final String AS_COMPLETED = "_AS_COMPLETED";

    private WaitFunctions() {
    }

    /** {@code set(fs)}, with CPython's errors for what is not iterable or not hashable. */
    static PSet futureSet(SkeinContext context, Object fs) {
        return (PSet) Calls.call(context.types().setType, fs);
    }

    /** The set's members as futures; a member of another kind fails as {@code f._condition} fails on it. */
    static List<PFuture> futuresIn(PBaseSet set) {
        Object[] members = set.elements();
        List<PFuture> futures = new ArrayList<>(members.length);
        for (Object member : members) {
            if (!(member instanceof PFuture future)) {
                throw PythonErrors.attributeError("'" + TypeOf.name(member) + "' object has no attribute '_condition'",
                        member, "_condition");
            }
            futures.add(future);
        }
        return futures;
    }

    /** {@code timeout + time.monotonic()}: the end of a wait, in the clock's seconds. */
    static Object end(Clock clock, Object timeout) {
        return Operators.binary(timeout, WaitTimeouts.now(clock), BinaryOp.ADD);
    }

    /** {@code wait(fs, timeout, return_when)}: the named tuple {@code (done, not_done)}. */
    @TruffleBoundary
    static Object wait(Object fs, Object timeout, Object returnWhen) {
        SkeinContext context = SkeinContext.get(null);
        Clock clock = context.clock();
        PSet all = futureSet(context, fs);
        List<PFuture> futures = futuresIn(all);
        PSet done = new PSet(context.types().setType);
        List<PFuture> notDone = new ArrayList<>();
        for (PFuture future : futures) {
            if (future.isCompleted()) {
                done.addKey(future);
            } else {
                notDone.add(future);
            }
        }
        boolean firstCompleted = Comparisons.equal(returnWhen, FIRST_COMPLETED);
        boolean firstException = Comparisons.equal(returnWhen, FIRST_EXCEPTION);
        if (done.size() > 0 && (firstCompleted || firstException && anyFailed(done))) {
            return doneAndNotDone(context, all, done);
        }
        if (notDone.isEmpty()) {
            return doneAndNotDone(context, all, done);
        }
        CompletionWaiter waiter = new CompletionWaiter(condition(returnWhen, firstCompleted, firstException),
                notDone.size(), "wait() on " + notDone.size() + " futures");
        for (PFuture future : notDone) {
            future.addCompletionWaiter(waiter, clock);
        }
        try {
            waiter.await(clock, WaitTimeouts.conditionWaitNanos(timeout));
        } finally {
            for (PFuture future : notDone) {
                future.removeCompletionWaiter(waiter);
            }
        }
        for (PFuture future : waiter.finished()) {
            done.addKey(future);
        }
        return doneAndNotDone(context, all, done);
    }

    /** Whether a done future finished with an exception (not cancelled, exception not None). */
    private static boolean anyFailed(PSet done) {
        for (Object member : done.elements()) {
            PFuture future = (PFuture) member;
            if (!future.isCancelled() && future.exception() != PNone.NONE) {
                return true;
            }
        }
        return false;
    }

    private static CompletionWaiter.Condition condition(Object returnWhen, boolean firstCompleted,
                                                         boolean firstException) {
        if (Comparisons.equal(returnWhen, AS_COMPLETED)) {
            return CompletionWaiter.Condition.AS_COMPLETED;
        }
        if (firstCompleted) {
            return CompletionWaiter.Condition.FIRST_COMPLETED;
        }
        if (firstException) {
            return CompletionWaiter.Condition.FIRST_EXCEPTION;
        }
        if (Comparisons.equal(returnWhen, ALL_COMPLETED)) {
            return CompletionWaiter.Condition.ALL_COMPLETED;
        }
        throw PythonErrors.valueError("Invalid return condition: " + Reprs.repr(returnWhen));
    }

    /** {@code DoneAndNotDoneFutures(done, fs - done)}, the named tuple of this process's {@code _base}. */
    private static Object doneAndNotDone(SkeinContext context, PSet all, PSet done) {
        PSet notDone = new PSet(context.types().setType);
        for (Object member : all.elements()) {
            if (!done.contains(member)) {
                notDone.addKey(member);
            }
        }
        Object tupleClass = Attributes.get(context.importSystem().importAbsolute(BaseModule.NAME),
                "DoneAndNotDoneFutures");
        return Calls.call(tupleClass, done, notDone);
    }
}
