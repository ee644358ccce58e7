package skein.stdlib.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.graalvm.polyglot.Context;

import skein.interpreter.SkeinContext;
import skein.interpreter.runtime.exception.PException;
import skein.interpreter.runtime.exception.Tracebacks;

/**
 * A Skein context of its own whose work runs on several Java threads at once, each entered into
 * it, as Python threads are: for tests of objects shared between threads. (The context that
 * {@link InSkeinContext} enters cannot be entered by other threads.) Work that does not finish
 * in time fails the test instead of hanging it.
 */
public final class ContextThreads implements AutoCloseable {

    /** Allowed to start threads, as the launcher's contexts are, for objects that start Python threads. */
    private final Context context = Context.newBuilder("skein").option("engine.WarnInterpreterOnly", "false")
            .allowCreateThread(true).build();
    private final long timeoutSeconds;

    public ContextThreads(long timeoutSeconds) {
        this.timeoutSeconds = timeoutSeconds;
    }

    /** Runs one task on a thread entered into the context and returns its result. */
    public <T> T call(Callable<T> task) throws Exception {
        return runAll(List.of(task)).get(0);
    }

    /** Runs every task at once, each on its own entered thread; their results in order. */
    public <T> List<T> runAll(List<? extends Callable<T>> tasks) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> task : tasks) {
                futures.add(pool.submit(() -> {
                    context.enter();
                    try {
                        context.initialize("skein");
                        return task.call();
                    } catch (PException e) {
                        // Described here, while entered: its message is Python code of this context.
                        throw new AssertionError("Python exception in a test thread:\n"
                                + Tracebacks.format(e.pythonException(), SkeinContext.get(null).sourceLines()));
                    } finally {
                        context.leave();
                    }
                }));
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                try {
                    results.add(future.get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS));
                } catch (TimeoutException e) {
                    fail("threads still running after " + timeoutSeconds + " s");
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof Exception cause) {
                        throw cause;
                    }
                    if (e.getCause() instanceof Error error) {
                        throw error;
                    }
                    throw e;
                }
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    @Override
    public void close() {
        context.close(true);
    }
}
