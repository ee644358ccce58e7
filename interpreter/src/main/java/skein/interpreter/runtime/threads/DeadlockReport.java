package skein.interpreter.runtime.threads;

import com.oracle.truffle.api.ThreadLocalAction;
import skein.interpreter.SkeinContext;
import skein.interpreter.runtime.Reprs;
import skein.interpreter.runtime.clock.Waiter;

import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * What virtual time does when every thread of the program waits and none has a deadline: in
 * real time the program would hang forever, so instead Skein prints which thread waits for
 * what, with each one's Python stack, and ends the process with status 1.
 */
public final class DeadlockReport {

    private static final long STACK_TIMEOUT_SECONDS = 10;

    private DeadlockReport() {
    }

    /** Called on the thread that blocked last (itself one of the waiters, not yet parked). */
    public static void report(SkeinContext context, List<Waiter> waits) {
        StringBuilder out = new StringBuilder("Deadlock: every thread is waiting and none can wake the others "
                + "(virtual time stopped at " + String.format("%.6f", context.clock().nanoTime() / 1e9) + " s).\n");
        for (Waiter wait : waits) {
            out.append('\n').append("Thread ").append(context.threads().nameOf(wait.thread())).append(" waits for ")
                    .append(describe(wait.waitingFor())).append(":\n").append(stackOf(context, wait.thread()));
        }
        context.streams().stdout().flushQuietly();
        context.streams().stderr().write(out.toString());
        context.streams().stderr().flushQuietly();
        context.env().getContext().closeExited(null, 1);
    }

    private static String describe(Object waitingFor) {
        return waitingFor instanceof String text ? text : Reprs.repr(waitingFor);
    }

    /** A thread's Python stack: read directly on this thread, by a safepoint action on another. */
    private static String stackOf(SkeinContext context, Thread thread) {
        if (thread == Thread.currentThread()) {
            return ThreadStacks.current(context.sourceLines());
        }
        AtomicReference<String> stack = new AtomicReference<>("  (its stack could not be read)\n");
        Future<Void> done = context.env().submitThreadLocal(new Thread[]{thread}, new ThreadLocalAction(false, false) {
            @Override
            protected void perform(Access access) {
                stack.set(ThreadStacks.current(context.sourceLines()));
            }
        });
        try {
            done.get(STACK_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            // The report names the thread anyway; its stack line says it could not be read.
        }
        return stack.get();
    }
}
