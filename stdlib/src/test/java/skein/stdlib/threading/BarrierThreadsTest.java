package skein.stdlib.threading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static skein.stdlib.threading.ThreadingObjects.awaitUntil;
import static skein.stdlib.threading.ThreadingObjects.make;
import static skein.stdlib.threading.ThreadingObjects.module;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Timeout;

import skein.interpreter.objects.PNone;
import skein.interpreter.runtime.Attributes;
import skein.interpreter.runtime.Calls;
import skein.interpreter.runtime.Iteration;
import skein.interpreter.runtime.Truthiness;
import skein.interpreter.runtime.exception.PException;
import skein.stdlib.testing.ContextThreads;

/**
 * A barrier with many parties, used round after round: in every round each arrival index is
 * handed out once, the action runs once, and no thread runs ahead into the next round. Breaking
 * it with {@code abort} while threads wait sends all of them away, and a reset barrier works again.
 */
@Timeout(300)
class BarrierThreadsTest {

    private static final int PARTIES = 16;
    private static final int ROUNDS = 200;
    private static final long TIMEOUT_SECONDS = 240;

    @RepeatedTest(3)
    void everyRoundHandsOutEachIndexOnceAndRunsTheActionOnce() throws Exception {
        try (ContextThreads threads = new ContextThreads(TIMEOUT_SECONDS)) {
            Object[] made = threads.call(() -> {
                Object actions = Calls.call(module("itertools", "count"));
                return new Object[]{make("Barrier", (long) PARTIES, Attributes.get(actions, "__next__")), actions};
            });
            Object barrier = made[0];
            AtomicIntegerArray indices = new AtomicIntegerArray(ROUNDS * PARTIES);
            AtomicIntegerArray arrivedInRound = new AtomicIntegerArray(ROUNDS);
            AtomicInteger ranAhead = new AtomicInteger();
            List<Callable<Void>> work = new ArrayList<>();
            for (int t = 0; t < PARTIES; t++) {
                work.add(() -> {
                    for (int round = 0; round < ROUNDS; round++) {
                        arrivedInRound.incrementAndGet(round);
                        long index = (Long) Calls.callMethod(barrier, "wait");
                        if (arrivedInRound.get(round) != PARTIES) {
                            ranAhead.incrementAndGet();
                        }
                        indices.incrementAndGet(round * PARTIES + (int) index);
                    }
                    return null;
                });
            }
            threads.runAll(work);
            assertEquals(0, ranAhead.get(), "a thread left a round before everyone arrived");
            for (int i = 0; i < ROUNDS * PARTIES; i++) {
                assertEquals(1, indices.get(i), "round " + i / PARTIES + " index " + i % PARTIES);
            }
            assertEquals((long) ROUNDS, threads.call(() -> Iteration.next(made[1])), "the action's runs");
            assertEquals(0L, threads.call(() -> Attributes.get(barrier, "n_waiting")));
        }
    }

    @RepeatedTest(3)
    void abortSendsEveryWaiterAwayAndResetMendsIt() throws Exception {
        try (ContextThreads threads = new ContextThreads(TIMEOUT_SECONDS)) {
            Object barrier = threads.call(() -> make("Barrier", (long) PARTIES + 1));
            Object brokenError = threads.call(() -> module("threading", "BrokenBarrierError"));
            AtomicInteger broken = new AtomicInteger();
            List<Callable<Void>> work = new ArrayList<>();
            for (int t = 0; t < PARTIES; t++) {
                work.add(() -> {
                    try {
                        Calls.callMethod(barrier, "wait");
                    } catch (PException e) {
                        assertEquals("BrokenBarrierError", e.typeName());
                        assertTrue(e.pythonException().getPythonClass() == brokenError);
                        broken.incrementAndGet();
                    }
                    return null;
                });
            }
            work.add(() -> {
                awaitUntil(() -> (Long) Attributes.get(barrier, "n_waiting") == PARTIES);
                Calls.callMethod(barrier, "abort");
                return null;
            });
            threads.runAll(work);
            assertEquals(PARTIES, broken.get());
            assertTrue(threads.call(() -> Truthiness.isTrue(Attributes.get(barrier, "broken"))));
            threads.call(() -> Calls.callMethod(barrier, "reset"));
            assertFalse(threads.call(() -> Truthiness.isTrue(Attributes.get(barrier, "broken"))));
            List<Callable<Object>> round = new ArrayList<>();
            for (int t = 0; t <= PARTIES; t++) {
                round.add(() -> Calls.callMethod(barrier, "wait", PNone.NONE));
            }
            long sum = 0;
            for (Object index : threads.runAll(round)) {
                sum += (Long) index;
            }
            assertEquals((long) PARTIES * (PARTIES + 1) / 2, sum, "indices 0.." + PARTIES + " once each");
        }
    }
}
