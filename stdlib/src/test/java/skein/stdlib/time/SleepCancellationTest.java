package skein.stdlib.time;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import skein.launcher.Launcher;

/**
 * time.sleep waits through the process clock, which lets Truffle safepoints run: cancelling
 * the context (what Process.terminate and a conformance budget do) ends a long sleep at once.
 */
class SleepCancellationTest {

    @Test
    void cancellingTheContextEndsASleep() throws InterruptedException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Launcher launcher = new Launcher(new ByteArrayInputStream(new byte[0]), out, new ByteArrayOutputStream(), null);
        int[] status = {Integer.MIN_VALUE};
        Thread sleeper = new Thread(() -> status[0] = launcher.run(
                new String[]{"-c", "import time\nprint('asleep', flush=True)\ntime.sleep(600)\nprint('awake')"}));
        sleeper.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!out.toString(StandardCharsets.UTF_8).contains("asleep") && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("asleep"), "the program never started sleeping");
        Thread.sleep(200);
        long start = System.nanoTime();
        launcher.cancel();
        sleeper.join(TimeUnit.SECONDS.toMillis(30));
        assertFalse(sleeper.isAlive(), "the sleeper is still asleep");
        assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(30));
        assertFalse(out.toString(StandardCharsets.UTF_8).contains("awake"));
        assertNotEquals(0, status[0]);
    }
}
