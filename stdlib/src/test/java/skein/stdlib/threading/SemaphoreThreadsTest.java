package skein.stdlib.threading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static skein.stdlib.threading.ThreadingObjects.awaitUntil;
import static skein.stdlib.threading.ThreadingObjects.call;
import static skein.stdlib.threading.ThreadingObjects.make;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Timeout;

import skein.interpreter.runtime.Attributes;
import skein.interpreter.runtime.Calls;
import skein.interpreter.runtime.exception.PException;
import skein.stdlib.testing.ContextThreads;

/**
 * Semaphores hammered by many threads admit at most their value at once, get every permit back,
 * keep a BoundedSemaphore within its bound, and wake as many waiters as permits released.
 */
@Timeout(300)
class SemaphoreThreadsTest {

    private static final int THREADS = 16;
    private static final int ROUNDS = 1_500;
    private static final long TIMEOUT_SECONDS = 240;
    private static final long PERMITS = 3;

    @RepeatedTest(3)
    void admitsAtMostItsValueAndGetsEveryPermitBack() throws Exception {
        for (String type : new String[]{"Semaphore", "BoundedSemaphore"}) {
            try (ContextThreads threads = new ContextThreads(TIMEOUT_SECONDS)) {
                Object semaphore = threads.call(() -> make(type, PERMITS));
                AtomicInteger inside = new AtomicInteger();
                AtomicInteger most = new AtomicInteger();
                List<Callable<Void>> work = new ArrayList<>();
                for (int t = 0; t < THREADS; t++) {
                    boolean timeouts = t % 2 == 0;
                    work.add(() -> {
                        for (int i = 0; i < ROUNDS; i++) {
                            if (timeouts ? call(semaphore, "acquire", true, 0.0005) : call(semaphore, "acquire")) {
                                most.accumulateAndGet(inside.incrementAndGet(), Math::max);
                                inside.decrementAndGet();
                                call(semaphore, "release");
                            }
                        }
                        return null;
                    });
                }
                threads.runAll(work);
                assertTrue(most.get() <= PERMITS, type + " admitted " + most.get());
                assertEquals(PERMITS, threads.call(() -> Attributes.get(semaphore, "_value")));
            }
        }
    }

    /**
     * Half the threads take a permit and give it back; the other half release one they never
     * took, which the bound refuses whenever every permit is free, and when it was accepted take
     * one back at once. The value never goes above the bound and no permit is lost.
     */
    @RepeatedTest(3)
    void aBoundedSemaphoreNeverGoesAboveItsBound() throws Exception {
        try (ContextThreads threads = new ContextThreads(TIMEOUT_SECONDS)) {
            Object semaphore = threads.call(() -> make("BoundedSemaphore", PERMITS));
            AtomicInteger refused = new AtomicInteger();
            List<Callable<Void>> work = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                boolean extra = t % 2 == 0;
                work.add(() -> {
                    for (int i = 0; i < ROUNDS; i++) {
                        if (extra) {
                            if (released(semaphore)) {
                                assertTrue(call(semaphore, "acquire"));
                            } else {
                                refused.incrementAndGet();
                            }
                        } else if (call(semaphore, "acquire", false)) {
                            while (!released(semaphore)) {
                                Thread.onSpinWait();
                            }
                        }
                        long value = (Long) Attributes.get(semaphore, "_value");
                        assertTrue(value >= 0 && value <= PERMITS, "value " + value);
                    }
                    return null;
                });
            }
            threads.runAll(work);
            assertTrue(refused.get() > 0);
            assertEquals(PERMITS, threads.call(() -> Attributes.get(semaphore, "_value")));
        }
    }

    private static boolean released(Object semaphore) {
        try {
            call(semaphore, "release");
            return true;
        } catch (PException e) {
            assertEquals("ValueError", e.typeName());
            assertEquals("Semaphore released too many times", e.messageText());
            return false;
        }
    }

    @RepeatedTest(3)
    void releaseOfNWakesNWaiters() throws Exception {
        try (ContextThreads threads = new ContextThreads(TIMEOUT_SECONDS)) {
            Object semaphore = threads.call(() -> make("Semaphore", 0L));
            AtomicInteger through = new AtomicInteger();
            int rounds = 50;
            List<Callable<Void>> work = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                work.add(() -> {
                    for (int i = 0; i < rounds; i++) {
                        assertTrue(call(semaphore, "acquire"));
                        through.incrementAndGet();
                    }
                    return null;
                });
            }
            work.add(() -> {
                for (int i = 0; i < rounds; i++) {
                    Calls.callMethod(semaphore, "release", 5L);
                    Calls.callMethod(semaphore, "release", (long) THREADS - 5);
                    int released = (i + 1) * THREADS;
                    awaitUntil(() -> through.get() == released);
                }
                return null;
            });
            threads.runAll(work);
            assertEquals(rounds * THREADS, through.get());
            assertEquals(0L, threads.call(() -> Attributes.get(semaphore, "_value")));
        }
    }
}
