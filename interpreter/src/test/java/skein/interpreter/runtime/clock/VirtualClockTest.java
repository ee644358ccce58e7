package skein.interpreter.runtime.clock;

import com.oracle.truffle.api.ThreadLocalAction;
import org.graalvm.polyglot.Context;
import skein.interpreter.SkeinContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Virtual time stands still while a thread can run and jumps to the earliest deadline when all
 * are blocked: sleepers wake in deadline order, at exactly their deadlines. The threads are
 * entered into a context, as Python threads are (sleeping lets safepoints run). The workers are
 * daemons, so a wrong clock fails through the timeout rather than keeping the JVM alive.
 */
@Timeout(60)
class VirtualClockTest {

    private static Context context;

    @BeforeAll
    static void start() {
        context = Context.newBuilder("skein").option("engine.WarnInterpreterOnly", "false").build();
        context.initialize("skein");
    }

    @AfterAll
    static void stop() {
        context.close(true);
    }

    @Test
    void aLoneSleeperWakesAtOnceAtItsDeadline() {
        VirtualClock clock = new VirtualClock(1_000L);
        clock.sleep(3_600_000_000_000L);
        assertEquals(3_600_000_000_000L, clock.nanoTime());
        assertEquals(3_600_000_001_000L, clock.epochNanos());
    }

    @Test
    void sleepersWakeInDeadlineOrderAtTheirDeadlines() throws Exception {
        VirtualClock clock = new VirtualClock(0);
        List<String> woke = new CopyOnWriteArrayList<>();
        CountDownLatch asleep = new CountDownLatch(2);
        Thread[] others = new Thread[2];
        long[] sleeps = {5_000L, 2_000L};
        for (int i = 0; i < others.length; i++) {
            long nanos = sleeps[i];
            clock.threadStarted();
            others[i] = new Thread(() -> {
                context.enter();
                try {
                    asleep.countDown();
                    clock.sleep(nanos);
                    woke.add(nanos + "@" + clock.nanoTime());
                } finally {
                    clock.threadEnded();
                    context.leave();
                }
            });
            others[i].setDaemon(true);
            others[i].start();
        }
        asleep.await();
        Thread.sleep(100);
        assertEquals(0, clock.nanoTime(), "time stands still while the main thread runs");
        clock.sleep(10_000L);
        woke.add("main@" + clock.nanoTime());
        for (Thread other : others) {
            other.join();
        }
        assertEquals(List.of("2000@2000", "5000@5000", "main@10000"), woke);
    }

    @Test
    void aSignalEndsAWaitWithoutMovingTime() throws Exception {
        VirtualClock clock = new VirtualClock(0);
        WaitQueue queue = new WaitQueue();
        List<String> seen = new CopyOnWriteArrayList<>();
        Thread waiter = startThread(clock, () -> {
            Waiter wait = clock.newWaiter(1_000_000L, "a signal");
            queue.add(wait);
            seen.add("signalled=" + clock.await(wait) + "@" + clock.nanoTime());
        });
        while (queue.isEmpty()) {
            Thread.onSpinWait();
        }
        Thread.sleep(50);
        assertTrue(queue.signalOne(clock));
        clock.sleep(5_000_000L);
        waiter.join();
        assertEquals(List.of("signalled=true@0"), seen);
        assertEquals(5_000_000L, clock.nanoTime());
    }

    @Test
    void aTimedOutWaitRefusesALateSignal() {
        VirtualClock clock = new VirtualClock(0);
        Waiter wait = clock.newWaiter(1_000L, "nothing");
        assertFalse(clock.await(wait), "alone, the main thread's wait times out at once in virtual time");
        assertEquals(1_000L, clock.nanoTime());
        assertFalse(clock.signal(wait));
    }

    @Test
    void waitsWithoutDeadlinesEverywhereAreADeadlock() throws Exception {
        VirtualClock clock = new VirtualClock(0);
        CountDownLatch reported = new CountDownLatch(1);
        List<Object> waitedFor = new CopyOnWriteArrayList<>();
        clock.onDeadlock(waits -> {
            waits.forEach(w -> waitedFor.add(w.waitingFor()));
            reported.countDown();
            waits.forEach(clock::signal);
        });
        Thread other = startThread(clock, () -> clock.await(clock.newWaiter(-1, "the main thread")));
        Thread.sleep(50);
        assertTrue(clock.await(clock.newWaiter(-1, "the other thread")), "the handler signalled the waits");
        reported.await();
        other.join();
        assertEquals(List.of("the main thread", "the other thread"), waitedFor);
    }

    /** A daemon thread of the program, counted by the clock and entered into the context. */
    /** What a safepoint action throws into a parked thread in the test below. */
    private static final class Unwound extends RuntimeException {
    }

    @Test
    @Timeout(30)
    void aWaitUnwoundByASafepointActionCountsItsThreadAsRunningAgain() throws Exception {
        VirtualClock clock = new VirtualClock(0);
        CountDownLatch unwound = new CountDownLatch(1);
        List<String> seen = new CopyOnWriteArrayList<>();
        Thread other = startThread(clock, () -> {
            try {
                clock.await(clock.newWaiter(-1, "nothing ever"));
                seen.add("woke");
            } catch (Unwound e) {
                unwound.countDown();
                long spinUntil = System.nanoTime() + 200_000_000L;
                while (System.nanoTime() < spinUntil) {
                    Thread.onSpinWait();
                }
                seen.add("unwound, still running at " + clock.nanoTime());
            }
        });
        while (other.getState() != Thread.State.WAITING) {
            Thread.onSpinWait();
        }
        context.enter();
        try {
            SkeinContext.get(null).env().submitThreadLocal(new Thread[]{other}, new ThreadLocalAction(true, false) {
                @Override
                protected void perform(Access access) {
                    throw new Unwound();
                }
            });
        } finally {
            context.leave();
        }
        unwound.await();
        clock.sleep(1_000L);
        other.join();
        assertEquals(List.of("unwound, still running at 0"), seen, "time stood still while the unwound thread ran");
        assertEquals(1_000L, clock.nanoTime());
    }

    private static Thread startThread(VirtualClock clock, Runnable body) {
        clock.threadStarted();
        Thread thread = new Thread(() -> {
            context.enter();
            try {
                body.run();
            } finally {
                clock.threadEnded();
                context.leave();
            }
        });
        thread.setDaemon(true);
        thread.start();
        return thread;
    }
}
