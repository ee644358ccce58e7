package skein.stdlib.random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

/** What the CPython recordings cannot show: entropy seeding, the API's variants agreeing, atomicity. */
class RandomTest {

    @Test
    void unseededGeneratorsDiffer() {
        double[] first = draws(new Random(), 4);
        double[] second = draws(new Random(), 4);
        assertNotEquals(Arrays.toString(first), Arrays.toString(second));
        Random reseeded = new Random(BigInteger.ONE);
        reseeded.seed();
        assertNotEquals(Arrays.toString(draws(new Random(BigInteger.ONE), 4)), Arrays.toString(draws(reseeded, 4)));
    }

    @Test
    void shuffleVariantsAgree() {
        List<Object> list = new ArrayList<>();
        Object[] array = new Object[40];
        for (int i = 0; i < 40; i++) {
            list.add(i);
            array[i] = i;
        }
        new Random(BigInteger.valueOf(7)).shuffle(list);
        new Random(BigInteger.valueOf(7)).shuffle(array);
        assertEquals(list, Arrays.asList(array));

        int[] partners = new Random(BigInteger.valueOf(7)).shuffleSwaps(40);
        Object[] swapped = new Object[40];
        for (int i = 0; i < 40; i++) {
            swapped[i] = i;
        }
        for (int i = 39; i > 0; i--) {
            Object held = swapped[i];
            swapped[i] = swapped[partners[i]];
            swapped[partners[i]] = held;
        }
        assertArrayEquals(array, swapped);
    }

    @Test
    void longAndBigIntegerRangesAgree() {
        long[][] ranges = {{Long.MIN_VALUE, Long.MAX_VALUE, 1}, {-10, Long.MAX_VALUE, 3}, {Long.MAX_VALUE, Long.MIN_VALUE, -7}};
        for (long[] range : ranges) {
            Random viaLong = new Random(BigInteger.TEN);
            Random viaBig = new Random(BigInteger.TEN);
            for (int i = 0; i < 20; i++) {
                long value = viaLong.randrange(range[0], range[1], range[2]);
                BigInteger expected = viaBig.randrange(BigInteger.valueOf(range[0]), BigInteger.valueOf(range[1]),
                        BigInteger.valueOf(range[2]));
                assertEquals(expected, BigInteger.valueOf(value));
            }
        }
        Random viaLong = new Random(BigInteger.TWO);
        Random viaBig = new Random(BigInteger.TWO);
        for (int i = 0; i < 20; i++) {
            assertEquals(viaBig.randint(BigInteger.valueOf(Long.MIN_VALUE), BigInteger.valueOf(Long.MAX_VALUE)),
                    BigInteger.valueOf(viaLong.randint(Long.MIN_VALUE, Long.MAX_VALUE)));
        }
    }

    @Test
    void stateRoundTripKeepsTheSpareGaussian() {
        Random random = new Random(BigInteger.valueOf(99));
        random.gauss(0, 1);
        RandomState saved = random.getState();
        assertTrue(saved.gaussNext() != null);
        double[] expected = {random.gauss(0, 1), random.gauss(0, 1), random.random()};
        random.seed(5);
        random.setState(saved);
        assertArrayEquals(expected, new double[] {random.gauss(0, 1), random.gauss(0, 1), random.random()});
        assertEquals(saved.generator(), MersenneTwisterState.fromPython(saved.generator().toPython()));
    }

    /** Each draw is atomic: threads sharing a generator together consume exactly its sequence. */
    @Test
    void concurrentDrawsPartitionTheSequence() throws Exception {
        int threads = 4;
        int perThread = 50_000;
        Random shared = new Random(BigInteger.valueOf(2024));
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<double[]>> parts = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                parts.add(pool.submit(() -> draws(shared, perThread)));
            }
            double[] all = new double[threads * perThread];
            int at = 0;
            for (Future<double[]> part : parts) {
                double[] values = part.get();
                System.arraycopy(values, 0, all, at, values.length);
                at += values.length;
            }
            double[] sequence = draws(new Random(BigInteger.valueOf(2024)), threads * perThread);
            Arrays.sort(all);
            Arrays.sort(sequence);
            assertArrayEquals(sequence, all);
        } finally {
            pool.shutdownNow();
        }
    }

    private static double[] draws(Random random, int n) {
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
            values[i] = random.random();
        }
        return values;
    }
}
