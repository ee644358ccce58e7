package skein.stdlib.futures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Timeout;

import skein.interpreter.SkeinContext;
import skein.interpreter.objects.PList;
import skein.interpreter.objects.PTuple;
import skein.interpreter.runtime.Attributes;
import skein.interpreter.runtime.Calls;
import skein.interpreter.runtime.Iteration;
import skein.stdlib.testing.ContextThreads;

/**
 * A {@code ThreadPoolExecutor} under load, called through its Python methods from Java threads
 * entered into one context, as Python threads call it: several threads submit 100,000 small
 * tasks at once while others collect the results through {@code result()},
 * {@code as_completed} and {@code wait}, and every future's done-callback records it. Every
 * result must be there exactly once and right, every callback must have run once, and the
 * pool must never exceed its workers. A lost wake-up shows as a timeout rather than a hang.
 */
@Timeout(240)
class FuturesThreadsTest {

    private static final int SUBMITTERS = 4;
    private static final int TASKS_PER_SUBMITTER = 25_000;
    private static final long WORKERS = 4;

    @RepeatedTest(3)
    void everySubmittedTaskIsAccountedFor() throws Exception {
        try (ContextThreads threads = new ContextThreads(200)) {
            Object executor = threads.call(() -> Calls.call(futuresMember("ThreadPoolExecutor"), WORKERS));
            PList callbackLog = threads.call(() -> new PList(SkeinContext.get(null).types().listType, new Object[0]));
            List<List<Object>> submitted = new ArrayList<>();
            CountDownLatch allSubmitted = new CountDownLatch(SUBMITTERS);
            List<Callable<Object>> work = new ArrayList<>();
            for (int s = 0; s < SUBMITTERS; s++) {
                List<Object> futures = new ArrayList<>(TASKS_PER_SUBMITTER);
                submitted.add(futures);
                long first = (long) s * TASKS_PER_SUBMITTER;
                work.add(() -> {
                    Object pow = SkeinContext.get(null).builtinsModule().globals().getItem("pow");
                    Object append = Attributes.get(callbackLog, "append");
                    for (long i = first; i < first + TASKS_PER_SUBMITTER; i++) {
                        Object future = Calls.callMethod(executor, "submit", pow, i, 2L);
                        Calls.callMethod(future, "add_done_callback", append);
                        futures.add(future);
                    }
                    allSubmitted.countDown();
                    return null;
                });
            }
            work.add(() -> collectByResult(allSubmitted, submitted.get(0), 0));
            work.add(() -> collectByAsCompleted(allSubmitted, submitted.get(1), TASKS_PER_SUBMITTER));
            work.add(() -> collectByWait(allSubmitted, submitted.get(2)));
            threads.runAll(work);

            threads.call(() -> {
                for (int s = 0; s < SUBMITTERS; s++) {
                    long first = (long) s * TASKS_PER_SUBMITTER;
                    List<Object> futures = submitted.get(s);
                    assertEquals(TASKS_PER_SUBMITTER, futures.size());
                    for (int i = 0; i < futures.size(); i++) {
                        long n = first + i;
                        assertEquals(n * n, Calls.callMethod(futures.get(i), "result"), "result of task " + n);
                    }
                }
                assertEachFutureOnce(callbackLog, submitted);
                Object workerThreads = Attributes.get(executor, "_threads");
                assertTrue((Long) Calls.callMethod(workerThreads, "__len__") <= WORKERS, "more threads than workers");
                Calls.callMethod(executor, "shutdown");
                for (Object thread : Iteration.toArray(workerThreads)) {
                    assertEquals(false, Calls.callMethod(thread, "is_alive"));
                }
                return null;
            });
        }
    }

    /**
     * Cancellation racing with the workers: every future ends up either cancelled (and then
     * {@code cancel()} said so) or finished with its result, and {@code wait} sees all of them
     * completed, the cancelled ones once a worker has taken them off the queue.
     */
    @RepeatedTest(3)
    void cancellationRacesWithTheWorkers() throws Exception {
        try (ContextThreads threads = new ContextThreads(200)) {
            Object executor = threads.call(() -> Calls.call(futuresMember("ThreadPoolExecutor"), 2L));
            int count = 20_000;
            Object[] futures = new Object[count];
            boolean[] cancelledByCall = new boolean[count];
            CountDownLatch submitted = new CountDownLatch(1);
            threads.runAll(List.of(() -> {
                Object abs = SkeinContext.get(null).builtinsModule().globals().getItem("abs");
                for (int i = 0; i < count; i++) {
                    futures[i] = Calls.callMethod(executor, "submit", abs, (long) -i);
                }
                submitted.countDown();
                return null;
            }, () -> {
                submitted.await();
                for (int i = 1; i < count; i += 2) {
                    cancelledByCall[i] = (Boolean) Calls.callMethod(futures[i], "cancel");
                }
                return null;
            }));
            threads.call(() -> {
                PTuple doneAndNotDone = (PTuple) Calls.call(futuresMember("wait"), new PList(
                        SkeinContext.get(null).types().listType, futures));
                assertEquals(0L, Calls.callMethod(doneAndNotDone.get(1), "__len__"));
                for (int i = 0; i < count; i++) {
                    boolean cancelled = (Boolean) Calls.callMethod(futures[i], "cancelled");
                    assertEquals(cancelledByCall[i], cancelled, "cancel() of future " + i);
                    if (!cancelled) {
                        assertEquals((long) i, Calls.callMethod(futures[i], "result"));
                    }
                }
                Calls.callMethod(executor, "shutdown");
                return null;
            });
        }
    }

    /** Waits on each future in turn, as soon as it is submitted. */
    private static Object collectByResult(CountDownLatch allSubmitted, List<Object> futures, long first) throws Exception {
        allSubmitted.await();
        for (int i = 0; i < futures.size(); i++) {
            long n = first + i;
            assertEquals(n * n, Calls.callMethod(futures.get(i), "result"));
        }
        return null;
    }

    /** Each future yielded once by as_completed, with the right result. */
    private static Object collectByAsCompleted(CountDownLatch allSubmitted, List<Object> futures, long first)
            throws Exception {
        allSubmitted.await();
        Map<Object, Boolean> seen = new IdentityHashMap<>();
        Object iterator = Calls.call(futuresMember("as_completed"), new PList(
                SkeinContext.get(null).types().listType, futures.toArray()));
        for (Object future : Iteration.toArray(iterator)) {
            assertTrue(seen.put(future, Boolean.TRUE) == null, "a future yielded twice");
        }
        assertEquals(futures.size(), seen.size());
        for (int i = 0; i < futures.size(); i++) {
            long n = first + i;
            assertEquals(n * n, Calls.callMethod(futures.get(i), "result"));
        }
        return null;
    }

    /** wait(ALL_COMPLETED) returns every future done, none left. */
    private static Object collectByWait(CountDownLatch allSubmitted, List<Object> futures) throws Exception {
        allSubmitted.await();
        PTuple doneAndNotDone = (PTuple) Calls.call(futuresMember("wait"), new PList(
                SkeinContext.get(null).types().listType, futures.toArray()));
        assertEquals((long) futures.size(), Calls.callMethod(doneAndNotDone.get(0), "__len__"));
        assertEquals(0L, Calls.callMethod(doneAndNotDone.get(1), "__len__"));
        return null;
    }

    /** The callbacks recorded every future exactly once. */
    private static void assertEachFutureOnce(PList callbackLog, List<List<Object>> submitted) {
        Object[] logged = callbackLog.snapshot();
        assertEquals(SUBMITTERS * TASKS_PER_SUBMITTER, logged.length, "callbacks run");
        Map<Object, Integer> calls = new IdentityHashMap<>();
        for (Object future : logged) {
            calls.merge(future, 1, Integer::sum);
        }
        for (List<Object> futures : submitted) {
            for (Object future : futures) {
                assertEquals(1, calls.getOrDefault(future, 0), "callbacks of a future");
            }
        }
    }

    private static Object futuresMember(String name) {
        return Attributes.get(SkeinContext.get(null).importSystem().importAbsolute("concurrent.futures"), name);
    }
}
