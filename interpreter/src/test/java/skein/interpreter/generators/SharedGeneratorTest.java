package skein.interpreter.generators;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Source;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Timeout;
import skein.interpreter.SkeinContext;
import skein.interpreter.objects.PDict;
import skein.interpreter.objects.PTuple;
import skein.interpreter.runtime.Calls;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One generator shared by many threads, with no GIL: each {@code next()} either gets the next
 * item, whole and consistent with the frame's locals, or "generator already executing"; no item
 * is lost or given twice, and the frame is never corrupted. The threads are Java threads entered
 * into one context, as Python threads are. A hang fails through the timeout.
 */
@Timeout(120)
class SharedGeneratorTest {

    private static final int THREADS = 8;
    private static final int ITEMS = 20_000;

    private static final String PROGRAM = """
            def counter(n):
                total = 0
                for i in range(n):
                    total += i
                    square = i * i
                    yield (i, total, square)

            def take(g):
                try:
                    return next(g)
                except ValueError as e:
                    if str(e) != 'generator already executing':
                        raise
                    return 'busy'
                except StopIteration:
                    return None
            """;

    private static Context context;

    @BeforeAll
    static void start() {
        context = Context.newBuilder("skein").option("engine.WarnInterpreterOnly", "false").build();
        context.eval(Source.create("skein", PROGRAM));
        context.enter();
    }

    @AfterAll
    static void stop() {
        context.leave();
        context.close();
    }

    @RepeatedTest(5)
    void manyThreadsShareOneGenerator() throws Exception {
        PDict globals = SkeinContext.get(null).mainModule().globals();
        Object generator = Calls.call(globals.getItem("counter"), (long) ITEMS);
        Object take = globals.getItem("take");
        ConcurrentHashMap<Long, Boolean> seen = new ConcurrentHashMap<>();
        AtomicInteger busy = new AtomicInteger();
        ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
        CyclicBarrier together = new CyclicBarrier(THREADS);
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            Thread thread = new Thread(() -> {
                context.enter();
                try {
                    together.await();
                    while (true) {
                        Object item = Calls.call(take, generator);
                        if (item == skein.interpreter.objects.PNone.NONE) {
                            return;
                        }
                        if (item instanceof String) {
                            busy.incrementAndGet();
                            continue;
                        }
                        Object[] parts = ((PTuple) item).items();
                        long i = (Long) parts[0];
                        assertEquals(i * (i + 1) / 2, (long) (Long) parts[1], "running total at " + i);
                        assertEquals(i * i, (long) (Long) parts[2], "square at " + i);
                        assertTrue(seen.putIfAbsent(i, Boolean.TRUE) == null, "item " + i + " given twice");
                    }
                } catch (Throwable e) {
                    failures.add(e);
                } finally {
                    context.leave();
                }
            });
            thread.setDaemon(true);
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        assertTrue(failures.isEmpty(), () -> "a thread failed: " + failures.peek());
        assertEquals(ITEMS, seen.size(), "every item given once (" + busy.get() + " calls found it busy)");
    }
}
