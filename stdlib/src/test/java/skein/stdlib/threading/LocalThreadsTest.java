package skein.stdlib.threading;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.junit.jupiter.api.Test;

import skein.interpreter.SkeinLanguage;
import skein.interpreter.runtime.Attributes;
import skein.interpreter.runtime.Calls;
import skein.stdlib.testing.ContextThreads;

/**
 * One {@code threading.local} used by many threads at once: each thread only ever reads back
 * what it wrote itself, however the threads interleave, and a thread that never wrote sees
 * nothing.
 */
class LocalThreadsTest {

    private static final int THREADS = 16;
    private static final int ROUNDS = 20_000;
    private static final long TIMEOUT_SECONDS = 120;

    @Test
    void everyThreadSeesOnlyItsOwnAttributes() throws Exception {
        try (ContextThreads threads = new ContextThreads(TIMEOUT_SECONDS)) {
            Object local = threads.call(() -> Calls.call(
                    SkeinLanguage.get(null).setup().nativeModule("_thread").members().get("_local")));
            List<Callable<Long>> work = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                long own = t;
                work.add(() -> {
                    long mismatches = Attributes.has(local, "value") ? 1 : 0;
                    for (int i = 0; i < ROUNDS; i++) {
                        Attributes.set(local, "value", own * ROUNDS + i);
                        if (!Long.valueOf(own * ROUNDS + i).equals(Attributes.get(local, "value"))) {
                            mismatches++;
                        }
                    }
                    Attributes.delete(local, "value");
                    return mismatches + (Attributes.has(local, "value") ? 1 : 0);
                });
            }
            for (long mismatches : threads.runAll(work)) {
                assertEquals(0, mismatches);
            }
        }
    }
}
