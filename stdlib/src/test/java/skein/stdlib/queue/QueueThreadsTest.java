package skein.stdlib.queue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Timeout;

import skein.interpreter.SkeinContext;
import skein.interpreter.objects.PNone;
import skein.interpreter.runtime.Attributes;
import skein.interpreter.runtime.Calls;
import skein.interpreter.runtime.exception.PException;
import skein.stdlib.testing.ContextThreads;

/**
 * Many producers and consumers share one bounded {@code queue.Queue}, called through its Python
 * methods from Java threads entered into one context, as Python threads call it: every item
 * arrives exactly once, each consumer sees any one producer's items in the order they were
 * put, the bound holds, and {@code join} returns only after every item was marked done. Some
 * consumers take with a short timeout and retry on {@code Empty}, so that timed-out waits race
 * with puts. A lost wake-up shows as a timeout rather than a hang.
 */
@Timeout(180)
class QueueThreadsTest {

    private static final int PRODUCERS = 4;
    private static final int CONSUMERS = 5;
    private static final int ITEMS_PER_PRODUCER = 5_000;
    private static final long MAXSIZE = 8;

    @RepeatedTest(4)
    void boundedQueueDeliversEveryItemOnceAndCountsTasks() throws Exception {
        try (ContextThreads threads = new ContextThreads(150)) {
            Object queue = threads.call(() -> Calls.call(queueModuleMember("Queue"), MAXSIZE));
            int total = PRODUCERS * ITEMS_PER_PRODUCER;
            int[] takenTimes = new int[total];
            AtomicInteger done = new AtomicInteger();
            AtomicLong largestSize = new AtomicLong();
            CountDownLatch produced = new CountDownLatch(PRODUCERS);
            List<List<Long>> seenByConsumer = new ArrayList<>();
            List<Callable<Object>> work = new ArrayList<>();

            for (int p = 0; p < PRODUCERS; p++) {
                long first = (long) p * ITEMS_PER_PRODUCER;
                work.add(() -> {
                    for (long i = first; i < first + ITEMS_PER_PRODUCER; i++) {
                        Calls.callMethod(queue, "put", i);
                        largestSize.accumulateAndGet((Long) Calls.callMethod(queue, "qsize"), Math::max);
                    }
                    produced.countDown();
                    return null;
                });
            }
            for (int c = 0; c < CONSUMERS; c++) {
                List<Long> seen = new ArrayList<>();
                seenByConsumer.add(seen);
                work.add(consumer(queue, c % 2 == 1, seen, takenTimes, () -> {
                    done.incrementAndGet();
                    Calls.callMethod(queue, "task_done");
                }));
            }
            work.add(() -> {
                produced.await();
                Calls.callMethod(queue, "join");
                assertEquals(total, done.get(), "join returned before every item was marked done");
                for (int c = 0; c < CONSUMERS; c++) {
                    Calls.callMethod(queue, "put", PNone.NONE);
                }
                return null;
            });
            threads.runAll(work);

            assertEachTakenOnceInOrder(takenTimes, seenByConsumer);
            assertTrue(largestSize.get() <= MAXSIZE, "size " + largestSize.get() + " above maxsize");
            assertEquals(0L, threads.call(() -> Calls.callMethod(queue, "qsize")));
            assertEquals(0L, threads.call(() -> Attributes.get(queue, "unfinished_tasks")));
        }
    }

    @RepeatedTest(4)
    void simpleQueueDeliversEveryItemOnce() throws Exception {
        try (ContextThreads threads = new ContextThreads(150)) {
            Object queue = threads.call(() -> Calls.call(queueModuleMember("SimpleQueue")));
            int total = PRODUCERS * ITEMS_PER_PRODUCER;
            int[] takenTimes = new int[total];
            CountDownLatch produced = new CountDownLatch(PRODUCERS);
            List<List<Long>> seenByConsumer = new ArrayList<>();
            List<Callable<Object>> work = new ArrayList<>();
            for (int p = 0; p < PRODUCERS; p++) {
                long first = (long) p * ITEMS_PER_PRODUCER;
                work.add(() -> {
                    for (long i = first; i < first + ITEMS_PER_PRODUCER; i++) {
                        Calls.callMethod(queue, "put", i);
                    }
                    produced.countDown();
                    return null;
                });
            }
            for (int c = 0; c < CONSUMERS; c++) {
                List<Long> seen = new ArrayList<>();
                seenByConsumer.add(seen);
                work.add(consumer(queue, c % 2 == 1, seen, takenTimes, () -> { }));
            }
            work.add(() -> {
                produced.await();
                for (int c = 0; c < CONSUMERS; c++) {
                    Calls.callMethod(queue, "put", PNone.NONE);
                }
                return null;
            });
            threads.runAll(work);

            assertEachTakenOnceInOrder(takenTimes, seenByConsumer);
            assertEquals(0L, threads.call(() -> Calls.callMethod(queue, "qsize")));
            assertEquals(true, threads.call(() -> Calls.callMethod(queue, "empty")));
        }
    }

    /**
     * Takes items until the None sentinel, some with a short timeout retried on Empty; records
     * each, then runs {@code afterItem} (for the sentinel too).
     */
    private static Callable<Object> consumer(Object queue, boolean timed, List<Long> seen, int[] takenTimes,
                                             Runnable afterItem) {
        return () -> {
            while (true) {
                Object item;
                try {
                    item = timed ? Calls.callMethod(queue, "get", true, 0.002) : Calls.callMethod(queue, "get");
                } catch (PException e) {
                    assertEquals("Empty", e.typeName());
                    continue;
                }
                if (item == PNone.NONE) {
                    afterItem.run();
                    return null;
                }
                long value = (Long) item;
                seen.add(value);
                synchronized (takenTimes) {
                    takenTimes[(int) value]++;
                }
                afterItem.run();
            }
        };
    }

    /** Every item taken exactly once; each consumer saw any one producer's items in increasing order. */
    private static void assertEachTakenOnceInOrder(int[] takenTimes, List<List<Long>> seenByConsumer) {
        for (int i = 0; i < takenTimes.length; i++) {
            assertEquals(1, takenTimes[i], "times item " + i + " was taken");
        }
        for (List<Long> seen : seenByConsumer) {
            long[] last = new long[PRODUCERS];
            Arrays.fill(last, -1);
            for (long value : seen) {
                int producer = (int) (value / ITEMS_PER_PRODUCER);
                assertTrue(value > last[producer], "producer " + producer + "'s items out of order");
                last[producer] = value;
            }
        }
    }

    private static Object queueModuleMember(String name) {
        return SkeinContext.get(null).importSystem().importAbsolute("queue").globals().getItem(name);
    }
}
