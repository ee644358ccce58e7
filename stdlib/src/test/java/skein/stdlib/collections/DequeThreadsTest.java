package skein.stdlib.collections;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import skein.interpreter.SkeinLanguage;
import skein.interpreter.runtime.Calls;
import skein.interpreter.runtime.Iteration;
import skein.interpreter.runtime.exception.PException;
import skein.stdlib.testing.ContextThreads;

/**
 * Deques shared between threads, as the notes use them: every single operation is atomic, so
 * nothing appended is lost or popped twice, and no Java exception escapes. Each test fails on
 * a timeout rather than hanging.
 */
class DequeThreadsTest {

    private static final int THREADS = 8;
    private static final int ITEMS_PER_PRODUCER = 20_000;
    private static final long TIMEOUT_SECONDS = 120;

    @Test
    void producersAndConsumersLoseNothing() throws Exception {
        try (ContextThreads threads = new ContextThreads(TIMEOUT_SECONDS)) {
            producersAndConsumers(threads);
        }
    }

    private static void producersAndConsumers(ContextThreads threads) throws Exception {
        Object deque = threads.call(DequeThreadsTest::newDeque);
        int producers = THREADS / 2;
        int total = producers * ITEMS_PER_PRODUCER;
        boolean[] seen = new boolean[total];
        AtomicInteger consumed = new AtomicInteger();
        List<Callable<Void>> work = new ArrayList<>();
        for (int p = 0; p < producers; p++) {
            int first = p * ITEMS_PER_PRODUCER;
            boolean left = p % 2 == 0;
            work.add(() -> {
                for (int i = 0; i < ITEMS_PER_PRODUCER; i++) {
                    Calls.callMethod(deque, left ? "appendleft" : "append", (long) (first + i));
                }
                return null;
            });
        }
        for (int c = 0; c < THREADS - producers; c++) {
            boolean left = c % 2 == 0;
            work.add(() -> {
                while (consumed.get() < total) {
                    Object item;
                    try {
                        item = Calls.callMethod(deque, left ? "popleft" : "pop");
                    } catch (PException e) {
                        assertEquals("IndexError", e.typeName());
                        assertEquals("pop from an empty deque", e.messageText());
                        Thread.onSpinWait();
                        continue;
                    }
                    int value = (int) (long) (Long) item;
                    synchronized (seen) {
                        assertTrue(!seen[value], "popped twice: " + value);
                        seen[value] = true;
                    }
                    consumed.incrementAndGet();
                }
                return null;
            });
        }
        threads.runAll(work);
        assertEquals(total, consumed.get());
        for (int i = 0; i < total; i++) {
            assertTrue(seen[i], "lost: " + i);
        }
        assertEquals(0L, threads.call(() -> Calls.callMethod(deque, "__len__")));
    }

    @Test
    void boundedDequeStaysBounded() throws Exception {
        try (ContextThreads threads = new ContextThreads(TIMEOUT_SECONDS)) {
            bounded(threads);
        }
    }

    private static void bounded(ContextThreads threads) throws Exception {
        Object deque = threads.call(() ->
                Calls.callWithKeywords(dequeType(), new Object[0], new String[]{"maxlen"}, new Object[]{100L}));
        List<Callable<Void>> work = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            boolean left = t % 2 == 0;
            work.add(() -> {
                for (int i = 0; i < ITEMS_PER_PRODUCER; i++) {
                    Calls.callMethod(deque, left ? "appendleft" : "append", (long) i);
                    long length = (Long) Calls.callMethod(deque, "__len__");
                    assertTrue(length <= 100, "length " + length);
                }
                return null;
            });
        }
        threads.runAll(work);
        assertEquals(100L, threads.call(() -> Calls.callMethod(deque, "__len__")));
    }

    /** Iterating while others mutate raises Python's RuntimeError, never a Java exception. */
    @Test
    void iterationDuringMutationRaisesRuntimeError() throws Exception {
        try (ContextThreads threads = new ContextThreads(TIMEOUT_SECONDS)) {
            iterationDuringMutation(threads);
        }
    }

    private static void iterationDuringMutation(ContextThreads threads) throws Exception {
        Object deque = threads.call(() -> {
            Object made = newDeque();
            for (long i = 0; i < 1000; i++) {
                Calls.callMethod(made, "append", i);
            }
            return made;
        });
        AtomicInteger mutationErrors = new AtomicInteger();
        List<Callable<Void>> work = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            boolean mutator = t % 2 == 0;
            work.add(() -> {
                for (int round = 0; round < 2000; round++) {
                    if (mutator) {
                        Calls.callMethod(deque, "rotate", 1L);
                        continue;
                    }
                    try {
                        Object iterator = Iteration.getIterator(deque);
                        while (Iteration.next(iterator) != null) {
                            Thread.onSpinWait();
                        }
                    } catch (PException e) {
                        assertEquals("RuntimeError", e.typeName());
                        assertEquals("deque mutated during iteration", e.messageText());
                        mutationErrors.incrementAndGet();
                    }
                }
                return null;
            });
        }
        threads.runAll(work);
        assertTrue(mutationErrors.get() > 0, "no iteration ever saw a mutation");
        assertEquals(1000L, threads.call(() -> Calls.callMethod(deque, "__len__")));
    }

    private static Object dequeType() {
        return SkeinLanguage.get(null).setup().nativeModule("collections").members().get("deque");
    }

    private static Object newDeque() {
        return Calls.call(dequeType());
    }
}
