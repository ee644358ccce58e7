package skein.stdlib.threading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static skein.stdlib.threading.ThreadingObjects.call;
import static skein.stdlib.threading.ThreadingObjects.make;
import static skein.stdlib.threading.ThreadingObjects.with;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.concurrent.Callable;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Timeout;

import skein.interpreter.runtime.Calls;
import skein.stdlib.testing.ContextThreads;

/**
 * Producers and consumers hand items through a small buffer guarded by conditions, as
 * {@code queue.Queue} does: every item is delivered exactly once and the buffer never overflows,
 * whether the threads wait without a limit or with short timeouts (waits that time out while
 * notifications fly, where a notification could be lost), with two conditions sharing a Lock
 * and {@code notify()}, or one condition over its own RLock and {@code notify_all()}.
 */
@Timeout(300)
class ConditionThreadsTest {

    private static final int PRODUCERS = 8;
    private static final int CONSUMERS = 8;
    private static final int ITEMS_PER_PRODUCER = 1_500;
    private static final int CAPACITY = 4;
    private static final long TIMEOUT_SECONDS = 240;

    @RepeatedTest(3)
    void twoConditionsOverALockWithNotify() throws Exception {
        handOver(true, false);
    }

    @RepeatedTest(3)
    void twoConditionsWithShortTimeouts() throws Exception {
        handOver(true, true);
    }

    @RepeatedTest(3)
    void oneConditionWithNotifyAll() throws Exception {
        handOver(false, false);
    }

    private static void handOver(boolean twoConditions, boolean shortTimeouts) throws Exception {
        try (ContextThreads threads = new ContextThreads(TIMEOUT_SECONDS)) {
            Object[] conditions = threads.call(() -> {
                if (!twoConditions) {
                    Object only = make("Condition");
                    return new Object[]{only, only};
                }
                Object lock = make("Lock");
                return new Object[]{make("Condition", lock), make("Condition", lock)};
            });
            Object notFull = conditions[0];
            Object notEmpty = conditions[1];
            String wake = twoConditions ? "notify" : "notify_all";
            Object[] waitArguments = shortTimeouts ? new Object[]{0.0005} : new Object[0];
            ArrayDeque<Integer> buffer = new ArrayDeque<>();
            int total = PRODUCERS * ITEMS_PER_PRODUCER;
            BitSet delivered = new BitSet(total);
            int[] overflows = {0};
            List<Callable<Void>> work = new ArrayList<>();
            for (int p = 0; p < PRODUCERS; p++) {
                int first = p * ITEMS_PER_PRODUCER;
                work.add(() -> {
                    for (int i = 0; i < ITEMS_PER_PRODUCER; i++) {
                        int item = first + i;
                        with(notFull, () -> {
                            while (buffer.size() >= CAPACITY) {
                                Calls.callMethod(notFull, "wait", waitArguments);
                            }
                            buffer.addLast(item);
                            if (buffer.size() > CAPACITY) {
                                overflows[0]++;
                            }
                            Calls.callMethod(notEmpty, wake);
                        });
                    }
                    return null;
                });
            }
            for (int c = 0; c < CONSUMERS; c++) {
                work.add(() -> {
                    for (int i = 0; i < total / CONSUMERS; i++) {
                        with(notEmpty, () -> {
                            while (buffer.isEmpty()) {
                                Calls.callMethod(notEmpty, "wait", waitArguments);
                            }
                            int item = buffer.removeFirst();
                            assertTrue(!delivered.get(item), "delivered twice: " + item);
                            delivered.set(item);
                            Calls.callMethod(notFull, wake);
                        });
                    }
                    return null;
                });
            }
            threads.runAll(work);
            assertEquals(0, overflows[0]);
            assertEquals(total, delivered.cardinality());
            assertTrue(buffer.isEmpty());
            assertTrue(threads.call(() -> !call(notEmpty, "_is_owned")));
        }
    }
}
