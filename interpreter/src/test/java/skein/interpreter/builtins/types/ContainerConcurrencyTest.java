package skein.interpreter.builtins.types;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CyclicBarrier;

import org.graalvm.polyglot.Context;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import skein.interpreter.SkeinLanguage;
import skein.interpreter.objects.PDict;
import skein.interpreter.objects.PList;
import skein.interpreter.objects.PSet;
import skein.interpreter.objects.PythonClass;
import skein.interpreter.runtime.BuiltinTypes;
import skein.interpreter.runtime.Calls;
import skein.interpreter.runtime.exception.PException;

/**
 * Several Java threads, each entered into one Skein context, call the builtin methods of list,
 * dict and set on shared containers at once, as Python threads without a GIL do. Every
 * operation must be atomic: nothing lost, nothing duplicated, and no Java exception escapes
 * (a PException, a Python error, is the only acceptable failure, and only where CPython raises).
 * A deadlock fails the test through the timeout; the workers are daemons, so they cannot keep
 * the test JVM alive.
 */
@Timeout(120)
class ContainerConcurrencyTest {

    private static final int THREADS = 8;
    private static final int PER_THREAD = 10_000;

    private static Context context;

    @BeforeAll
    static void enterContext() {
        context = Context.newBuilder("skein").option("engine.WarnInterpreterOnly", "false").build();
        context.initialize("skein");
        context.enter();
    }

    @AfterAll
    static void closeContext() {
        context.leave();
        context.close();
    }

    /** A worker gets its thread index; it runs entered into the shared context. */
    @FunctionalInterface
    private interface Worker {
        void run(int thread) throws Exception;
    }

    /** Runs the workers in parallel from a common start; fails on any exception a worker throws. */
    private static void runInParallel(int threads, Worker worker) throws InterruptedException {
        CyclicBarrier start = new CyclicBarrier(threads);
        ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
        List<Thread> started = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            int index = i;
            Thread thread = new Thread(() -> {
                context.enter();
                try {
                    start.await();
                    worker.run(index);
                } catch (Throwable t) {
                    failures.add(t);
                } finally {
                    context.leave();
                }
            });
            thread.setDaemon(true);
            thread.start();
            started.add(thread);
        }
        for (Thread thread : started) {
            thread.join();
        }
        if (!failures.isEmpty()) {
            Throwable first = failures.peek();
            throw new AssertionError(failures.size() + " worker(s) failed; first: " + first, first);
        }
    }

    private static BuiltinTypes types() {
        return SkeinLanguage.types();
    }

    /** Calls {@code type.name(self, args...)} the way Python code calls a builtin method. */
    private static Object call(PythonClass type, String name, Object self, Object... args) {
        Object[] all = new Object[args.length + 1];
        all[0] = self;
        System.arraycopy(args, 0, all, 1, args.length);
        return Calls.call(type.lookup(name), all);
    }

    private static long value(int thread, int i) {
        return (long) thread * PER_THREAD + i;
    }

    @Test
    void appendsFromManyThreadsAreAllKept() throws InterruptedException {
        PList list = new PList(types().listType);
        runInParallel(THREADS, t -> {
            for (int i = 0; i < PER_THREAD; i++) {
                call(types().listType, "append", list, value(t, i));
            }
        });
        assertEquals(THREADS * PER_THREAD, list.size());
        assertDistinctRange(list.snapshot(), THREADS * PER_THREAD);
    }

    @Test
    void popsAndAppendsNeitherLoseNorDuplicate() throws InterruptedException {
        int initial = THREADS / 2 * PER_THREAD;
        Object[] start = new Object[initial];
        for (int i = 0; i < initial; i++) {
            start[i] = (long) i;
        }
        PList list = new PList(types().listType, start);
        ConcurrentLinkedQueue<Object> popped = new ConcurrentLinkedQueue<>();
        runInParallel(THREADS, t -> {
            for (int i = 0; i < PER_THREAD; i++) {
                if (t % 2 == 0) {
                    call(types().listType, "append", list, (long) initial + value(t / 2, i));
                } else {
                    popped.add(call(types().listType, "pop", list, i % 3 == 0 ? 0L : -1L));
                }
            }
        });
        List<Object> all = new ArrayList<>(List.of(list.snapshot()));
        all.addAll(popped);
        assertDistinctRange(all.toArray(), initial * 2);
    }

    @Test
    void insertsAndRemovesOfOwnValuesLeaveOnlyTheRest() throws InterruptedException {
        PList list = new PList(types().listType);
        runInParallel(THREADS, t -> {
            for (int i = 0; i < PER_THREAD / 10; i++) {
                call(types().listType, "insert", list, (long) (i % 7) - 3, value(t, i));
            }
            for (int i = 0; i < PER_THREAD / 10; i += 2) {
                call(types().listType, "remove", list, value(t, i));
            }
        });
        Set<Object> expected = new HashSet<>();
        for (int t = 0; t < THREADS; t++) {
            for (int i = 1; i < PER_THREAD / 10; i += 2) {
                expected.add(value(t, i));
            }
        }
        Object[] items = list.snapshot();
        assertEquals(expected.size(), items.length);
        assertEquals(expected, new HashSet<>(List.of(items)));
    }

    @Test
    void sortsAndReversesRacingWithReadersKeepTheItems() throws InterruptedException {
        int n = 2_000;
        Object[] start = new Object[n];
        for (int i = 0; i < n; i++) {
            start[i] = (long) ((i * 7919) % n);
        }
        PList list = new PList(types().listType, start);
        runInParallel(THREADS, t -> {
            for (int i = 0; i < 200; i++) {
                try {
                    switch (t % 4) {
                        case 0 -> call(types().listType, "sort", list);
                        case 1 -> call(types().listType, "reverse", list);
                        case 2 -> call(types().listType, "count", list, (long) i);
                        default -> call(types().listType, "__contains__", list, (long) i);
                    }
                } catch (PException e) {
                    // Racing sorts see each other's changes: CPython's "list modified during sort".
                    assertTrue(e.pythonClass() == types().valueError, e.toString());
                }
            }
        });
        assertDistinctRange(list.snapshot(), n);
    }

    @Test
    void dictSetItemsPopsAndSetDefaultsAreAtomic() throws InterruptedException {
        PDict dict = new PDict(types().dictType);
        int shared = 1_000;
        for (int i = 0; i < THREADS * PER_THREAD; i++) {
            dict.setItem("old" + i, (long) i);
        }
        ConcurrentLinkedQueue<Object> poppedValues = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<Object[]> defaults = new ConcurrentLinkedQueue<>();
        runInParallel(THREADS, t -> {
            PythonClass dictType = types().dictType;
            for (int i = 0; i < PER_THREAD; i++) {
                call(dictType, "__setitem__", dict, value(t, i), (long) t);
                poppedValues.add(call(dictType, "pop", dict, "old" + value(t, i)));
                if (i < shared) {
                    Object won = call(dictType, "setdefault", dict, "shared" + i, (long) t);
                    defaults.add(new Object[]{"shared" + i, won});
                }
            }
        });
        assertEquals(THREADS * PER_THREAD + shared, dict.size());
        for (int t = 0; t < THREADS; t++) {
            for (int i = 0; i < PER_THREAD; i++) {
                assertEquals((long) t, dict.getItem(value(t, i)));
            }
        }
        assertDistinctRange(poppedValues.toArray(), THREADS * PER_THREAD);
        for (Object[] pair : defaults) {
            assertEquals(dict.getItem(pair[0]), pair[1], "every setdefault must return the one value that stayed");
        }
    }

    @Test
    void setAddsDiscardsAndPopsAreAtomic() throws InterruptedException {
        PSet set = new PSet(types().setType);
        int initial = THREADS * PER_THREAD;
        for (int i = 0; i < initial; i++) {
            set.addKey((long) -i - 1);
        }
        ConcurrentLinkedQueue<Object> popped = new ConcurrentLinkedQueue<>();
        runInParallel(THREADS, t -> {
            PythonClass setType = types().setType;
            for (int i = 0; i < PER_THREAD; i++) {
                call(setType, "add", set, value(t, i));
                if (t % 2 == 0) {
                    call(setType, "discard", set, -value(t, i) - 1);
                } else {
                    popped.add(call(setType, "pop", set));
                }
            }
        });
        List<Object> negativesLeft = new ArrayList<>();
        Set<Object> positives = new HashSet<>();
        for (Object o : set.elements()) {
            if ((Long) o < 0) {
                negativesLeft.add(o);
            } else {
                positives.add(o);
            }
        }
        List<Object> poppedPositives = new ArrayList<>();
        Set<Object> accounted = new HashSet<>(negativesLeft);
        for (Object o : popped) {
            if ((Long) o >= 0) {
                poppedPositives.add(o);
            } else if (!accounted.add(o)) {
                fail("popped twice: " + o);
            }
        }
        for (Object o : poppedPositives) {
            assertTrue(positives.add(o), "popped and still present: " + o);
        }
        assertEquals(initial, positives.size(), "every added value is either present or popped");
        Set<Object> left = new HashSet<>(negativesLeft);
        for (int t = 0; t < THREADS; t += 2) {
            for (int i = 0; i < PER_THREAD; i++) {
                assertTrue(!left.contains(-value(t, i) - 1), "a discarded value is still there");
            }
        }
    }

    @Test
    void setOperatorsReadingWhileOthersWriteDoNotThrow() throws InterruptedException {
        PSet shared = new PSet(types().setType);
        int rounds = 400;
        runInParallel(THREADS, t -> {
            PythonClass setType = types().setType;
            PSet mine = new PSet(setType);
            for (int i = 0; i < rounds; i++) {
                mine.addKey((long) i);
                call(setType, "add", shared, (long) (i * THREADS + t));
                Object union = call(setType, "__or__", shared, mine);
                Object both = call(setType, "__and__", mine, shared);
                call(setType, "__isub__", mine, both);
                call(setType, "update", mine, union);
                call(setType, "discard", shared, (long) ((i / 2) * THREADS + t));
            }
            assertTrue(call(setType, "__len__", mine) instanceof Long);
        });
        Set<Object> expected = new HashSet<>();
        for (int t = 0; t < THREADS; t++) {
            for (int j = rounds / 2; j < rounds; j++) {
                expected.add((long) (j * THREADS + t));
            }
        }
        assertEquals(expected, new HashSet<>(List.of(shared.elements())));
    }

    /** The items are exactly 0 .. count-1, each once. */
    private static void assertDistinctRange(Object[] items, int count) {
        assertEquals(count, items.length, "item count");
        List<Long> values = new ArrayList<>();
        for (Object o : items) {
            values.add((Long) o);
        }
        Collections.sort(values);
        for (int i = 0; i < count; i++) {
            if (values.get(i) != i) {
                fail("expected each of 0.." + (count - 1) + " once; at position " + i + " found " + values.get(i));
            }
        }
    }

}
