package skein.stdlib.threading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static skein.stdlib.threading.ThreadingObjects.call;
import static skein.stdlib.threading.ThreadingObjects.make;
import static skein.stdlib.threading.ThreadingObjects.with;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Timeout;

import skein.stdlib.testing.ContextThreads;

/**
 * A counter incremented by many threads under a Lock, an RLock, a Semaphore(1), a
 * BoundedSemaphore(1) or a Condition never loses an update, and no two threads are ever inside
 * at once. The threads take the guard every way there is: {@code with}, a blocking
 * {@code acquire}, and a short-timeout {@code acquire} retried until it succeeds (whose waits
 * time out while others are woken, the race where a wake-up could be lost).
 */
@Timeout(300)
class MutualExclusionThreadsTest {

    private static final int THREADS = 16;
    private static final int ROUNDS = 1_500;
    private static final long TIMEOUT_SECONDS = 240;
    private static final double SHORT_TIMEOUT = 0.0005;

    @RepeatedTest(3)
    void lock() throws Exception {
        assertGuards(() -> make("Lock"), 1);
    }

    @RepeatedTest(3)
    void rlockTakenTwice() throws Exception {
        assertGuards(() -> make("RLock"), 2);
    }

    @RepeatedTest(3)
    void semaphoreOfOne() throws Exception {
        assertGuards(() -> make("Semaphore", 1L), 1);
    }

    @RepeatedTest(3)
    void boundedSemaphoreOfOne() throws Exception {
        assertGuards(() -> make("BoundedSemaphore", 1L), 1);
    }

    @RepeatedTest(3)
    void conditionOverItsOwnRLock() throws Exception {
        assertGuards(() -> make("Condition"), 2);
    }

    /** {@code depth}: how many times each entry takes the guard (2 for a reentrant one). */
    private static void assertGuards(Callable<Object> makeGuard, int depth) throws Exception {
        try (ContextThreads threads = new ContextThreads(TIMEOUT_SECONDS)) {
            Object guard = threads.call(makeGuard);
            long[] counter = {0};
            AtomicInteger inside = new AtomicInteger();
            AtomicBoolean overlapped = new AtomicBoolean();
            Runnable increment = () -> {
                if (inside.incrementAndGet() != 1) {
                    overlapped.set(true);
                }
                long seen = counter[0];
                Thread.onSpinWait();
                counter[0] = seen + 1;
                inside.decrementAndGet();
            };
            List<Callable<Void>> work = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int way = t % 3;
                work.add(() -> {
                    for (int i = 0; i < ROUNDS; i++) {
                        switch (way) {
                            case 0 -> nestedWith(guard, depth, increment);
                            case 1 -> acquired(guard, depth, increment, false);
                            default -> acquired(guard, depth, increment, true);
                        }
                    }
                    return null;
                });
            }
            threads.runAll(work);
            assertFalse(overlapped.get(), "two threads were inside at once");
            assertEquals((long) THREADS * ROUNDS, counter[0]);
        }
    }

    private static void nestedWith(Object guard, int depth, Runnable body) {
        if (depth == 0) {
            body.run();
        } else {
            with(guard, () -> nestedWith(guard, depth - 1, body));
        }
    }

    private static void acquired(Object guard, int depth, Runnable body, boolean shortTimeouts) {
        for (int level = 0; level < depth; level++) {
            if (shortTimeouts) {
                while (!call(guard, "acquire", true, SHORT_TIMEOUT)) {
                    Thread.onSpinWait();
                }
            } else {
                assertEquals(true, call(guard, "acquire"));
            }
        }
        try {
            body.run();
        } finally {
            for (int level = 0; level < depth; level++) {
                call(guard, "release");
            }
        }
    }
}
