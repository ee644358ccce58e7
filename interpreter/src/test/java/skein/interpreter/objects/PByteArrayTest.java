package skein.interpreter.objects;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** {@link PByteArray} keeps every operation atomic when threads share one array. */
class PByteArrayTest {

    private static final int THREADS = 4;
    private static final int ROUNDS = 20_000;

    @Test
    void concurrentAppendsAndRemovalsLoseNothing() throws InterruptedException {
        PByteArray array = new PByteArray(null);
        runConcurrently(worker -> {
            for (int i = 0; i < ROUNDS; i++) {
                array.append(worker);
                array.appendAll(new byte[]{(byte) worker, (byte) worker});
                array.insert(0, worker);
                if (array.removeAt(0) < 0) {
                    throw new AssertionError("an element vanished");
                }
            }
        });
        assertEquals(THREADS * ROUNDS * 3, array.size());
        int[] counts = new int[THREADS];
        for (byte b : array.snapshot()) {
            counts[b]++;
        }
        for (int worker = 0; worker < THREADS; worker++) {
            assertEquals(ROUNDS * 3, counts[worker]);
        }
    }

    @Test
    void reverseAndRepeatAreAtomic() throws InterruptedException {
        PByteArray array = new PByteArray(null, new byte[]{1, 2, 3});
        runConcurrently(worker -> {
            for (int i = 0; i < ROUNDS; i++) {
                array.reverse();
            }
        });
        assertArrayEquals(new byte[]{1, 2, 3}, array.snapshot());
        array.repeat(3);
        assertArrayEquals(new byte[]{1, 2, 3, 1, 2, 3, 1, 2, 3}, array.snapshot());
        array.repeat(0);
        assertEquals(0, array.size());
    }

    private interface Work {
        void run(int worker);
    }

    private static void runConcurrently(Work work) throws InterruptedException {
        List<Thread> threads = new ArrayList<>();
        List<Throwable> failures = new ArrayList<>();
        for (int worker = 0; worker < THREADS; worker++) {
            int id = worker;
            Thread thread = new Thread(() -> work.run(id));
            thread.setUncaughtExceptionHandler((t, e) -> {
                synchronized (failures) {
                    failures.add(e);
                }
            });
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        assertEquals(List.of(), failures);
    }
}
