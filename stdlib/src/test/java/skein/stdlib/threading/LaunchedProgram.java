package skein.stdlib.threading;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;

import skein.launcher.Launcher;

/**
 * A Python program run by the launcher, as {@code bin/skein} runs it, on a thread of its own:
 * what it printed, its exit status, and how long it took in real time. A program still running
 * after the time limit is cancelled and fails the test.
 */
record LaunchedProgram(int status, String stdout, String stderr, long realNanos) {

    private static final long STACK_BYTES = 64L << 20;

    /** Runs {@code source} saved as {@code directory/program.py}, after the launcher's {@code options}. */
    static LaunchedProgram runScript(long timeoutSeconds, Path directory, String source, String... options)
            throws IOException, InterruptedException {
        Path script = directory.resolve("program.py");
        Files.writeString(script, source);
        String[] args = Arrays.copyOf(options, options.length + 1);
        args[options.length] = script.toString();
        return run(timeoutSeconds, args);
    }

    /** Runs {@code skein ARGS} (e.g. {@code --virtual-time -c CODE}). */
    static LaunchedProgram run(long timeoutSeconds, String... args) throws InterruptedException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Launcher launcher = new Launcher(new ByteArrayInputStream(new byte[0]), out, err, null);
        int[] status = {Integer.MIN_VALUE};
        Thread main = new Thread(null, () -> status[0] = launcher.run(args), "MainThread", STACK_BYTES);
        long started = System.nanoTime();
        main.start();
        main.join(TimeUnit.SECONDS.toMillis(timeoutSeconds));
        long elapsed = System.nanoTime() - started;
        boolean hung = main.isAlive();
        if (hung) {
            launcher.cancel();
            main.join(TimeUnit.SECONDS.toMillis(10));
        }
        String stderr = err.toString(StandardCharsets.UTF_8);
        assertFalse(hung, "still running after " + timeoutSeconds + " s; stderr:\n" + stderr);
        return new LaunchedProgram(status[0], out.toString(StandardCharsets.UTF_8), stderr, elapsed);
    }
}
