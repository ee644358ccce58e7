package skein.stdlib.itertools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.concurrent.Callable;

import org.junit.jupiter.api.Test;

import skein.interpreter.SkeinLanguage;
import skein.interpreter.objects.PTuple;
import skein.interpreter.runtime.Calls;
import skein.interpreter.runtime.Iteration;
import skein.stdlib.testing.ContextThreads;

/** Itertools iterators shared between threads hand each item to exactly one of them. */
class ItertoolsThreadsTest {

    private static final int THREADS = 8;
    private static final int ITEMS = 80_000;

    @Test
    void sharedCountGivesDistinctValues() throws Exception {
        try (ContextThreads threads = new ContextThreads(120)) {
            Object count = threads.call(() -> Calls.call(member("count")));
            assertEveryValueOnce(threads, count, ITEMS);
        }
    }

    @Test
    void sharedIsliceOfCountGivesEachValueOnce() throws Exception {
        try (ContextThreads threads = new ContextThreads(120)) {
            Object slice = threads.call(() -> Calls.call(member("islice"), Calls.call(member("count")), (long) ITEMS));
            assertEveryValueOnce(threads, slice, ITEMS);
        }
    }

    @Test
    void teesOfOneSourceEachSeeEveryValueOnce() throws Exception {
        try (ContextThreads threads = new ContextThreads(120)) {
            PTuple tees = (PTuple) threads.call(() ->
                    Calls.call(member("tee"), Calls.call(member("islice"), Calls.call(member("count")), (long) ITEMS)));
            List<Callable<long[]>> work = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                Object tee = tees.get(t % 2);
                work.add(() -> drain(tee));
            }
            List<long[]> results = threads.runAll(work);
            for (int which = 0; which < 2; which++) {
                BitSet seen = new BitSet();
                int total = 0;
                for (int t = which; t < THREADS; t += 2) {
                    for (long v : results.get(t)) {
                        assertEquals(false, seen.get((int) v), "value twice from one tee: " + v);
                        seen.set((int) v);
                        total++;
                    }
                }
                assertEquals(ITEMS, total);
            }
        }
    }

    private static void assertEveryValueOnce(ContextThreads threads, Object iterator, int items) throws Exception {
        List<Callable<long[]>> work = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            work.add(() -> {
                long[] taken = new long[items / THREADS];
                for (int i = 0; i < taken.length; i++) {
                    taken[i] = (Long) Iteration.next(iterator);
                }
                return taken;
            });
        }
        BitSet seen = new BitSet();
        for (long[] taken : threads.runAll(work)) {
            for (long v : taken) {
                assertEquals(false, seen.get((int) v), "value twice: " + v);
                seen.set((int) v);
            }
        }
        assertEquals(items, seen.cardinality());
        assertEquals(items, seen.nextClearBit(0));
        if (items % THREADS == 0) {
            assertNull(threads.call(() -> iterator instanceof Count ? null : Iteration.next(iterator)));
        }
    }

    private static long[] drain(Object iterator) {
        List<Long> values = new ArrayList<>();
        Object item;
        while ((item = Iteration.next(iterator)) != null) {
            values.add((Long) item);
        }
        return values.stream().mapToLong(Long::longValue).toArray();
    }

    private static Object member(String name) {
        return SkeinLanguage.get(null).setup().nativeModule("itertools").members().get(name);
    }
}
