package skein.stdlib.threading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static skein.stdlib.threading.ThreadingObjects.awaitUntil;
import static skein.stdlib.threading.ThreadingObjects.call;
import static skein.stdlib.threading.ThreadingObjects.make;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Timeout;

import skein.interpreter.runtime.Calls;
import skein.stdlib.testing.ContextThreads;

/**
 * Events under set/clear races: a set followed at once by a clear still wakes every thread
 * that was waiting, with True; threads that set, clear and wait (with and without timeouts)
 * all at once never hang and see True once the event stays set.
 */
@Timeout(300)
class EventThreadsTest {

    private static final int WAITERS = 16;
    private static final long TIMEOUT_SECONDS = 240;

    /**
     * Each round, once every waiter is parked inside {@code wait()}, the event is set and cleared
     * at once: all of them must wake, or the round never ends and the test fails. A waiter goes
     * on to the next round's wait only after the clear, so each pulse counts once.
     */
    @RepeatedTest(3)
    void aPulseWakesEveryWaiter() throws Exception {
        int rounds = 40;
        try (ContextThreads threads = new ContextThreads(TIMEOUT_SECONDS)) {
            Object event = threads.call(() -> make("Event"));
            AtomicReferenceArray<Thread> waiters = new AtomicReferenceArray<>(WAITERS);
            AtomicInteger woken = new AtomicInteger();
            AtomicInteger wokenFalse = new AtomicInteger();
            AtomicInteger pulses = new AtomicInteger();
            List<Callable<Void>> work = new ArrayList<>();
            for (int t = 0; t < WAITERS; t++) {
                int slot = t;
                work.add(() -> {
                    waiters.set(slot, Thread.currentThread());
                    for (int r = 0; r < rounds; r++) {
                        if (!call(event, "wait")) {
                            wokenFalse.incrementAndGet();
                        }
                        woken.incrementAndGet();
                        int pulse = r + 1;
                        awaitUntil(() -> pulses.get() >= pulse);
                    }
                    return null;
                });
            }
            work.add(() -> {
                for (int r = 0; r < rounds; r++) {
                    int expected = r * WAITERS;
                    awaitUntil(() -> woken.get() == expected && allParked(waiters));
                    Calls.callMethod(event, "set");
                    Calls.callMethod(event, "clear");
                    pulses.incrementAndGet();
                }
                return null;
            });
            threads.runAll(work);
            assertEquals(rounds * WAITERS, woken.get());
            assertEquals(0, wokenFalse.get());
        }
    }

    private static boolean allParked(AtomicReferenceArray<Thread> threads) {
        for (int i = 0; i < threads.length(); i++) {
            Thread thread = threads.get(i);
            if (thread == null || thread.getState() != Thread.State.WAITING) {
                return false;
            }
        }
        return true;
    }

    @RepeatedTest(3)
    void settersClearersAndWaitersNeverHang() throws Exception {
        try (ContextThreads threads = new ContextThreads(TIMEOUT_SECONDS)) {
            Object event = threads.call(() -> make("Event"));
            AtomicBoolean toggling = new AtomicBoolean(true);
            AtomicInteger togglersStopped = new AtomicInteger();
            AtomicInteger finished = new AtomicInteger();
            List<Callable<Boolean>> work = new ArrayList<>();
            for (int t = 0; t < WAITERS; t++) {
                boolean timeouts = t % 2 == 0;
                work.add(() -> {
                    for (int i = 0; i < 300; i++) {
                        if (timeouts) {
                            call(event, "wait", 0.0002);
                        } else {
                            assertTrue(call(event, "wait"));
                        }
                    }
                    finished.incrementAndGet();
                    return call(event, "wait");
                });
            }
            for (int t = 0; t < 2; t++) {
                work.add(() -> {
                    while (toggling.get()) {
                        Calls.callMethod(event, ThreadLocalRandom.current().nextBoolean() ? "set" : "clear");
                    }
                    togglersStopped.incrementAndGet();
                    return true;
                });
            }
            work.add(() -> {
                awaitUntil(() -> finished.get() >= WAITERS / 2);
                toggling.set(false);
                awaitUntil(() -> togglersStopped.get() == 2);
                Calls.callMethod(event, "set");
                return true;
            });
            for (boolean result : threads.runAll(work)) {
                assertTrue(result);
            }
            assertTrue(threads.call(() -> call(event, "wait", 0L)));
        }
    }
}
