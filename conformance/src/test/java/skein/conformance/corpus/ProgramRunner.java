package skein.conformance.corpus;

import org.graalvm.polyglot.Engine;
import skein.launcher.Launcher;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs Python programs through the launcher's own code path, in process, on one shared engine,
 * each in a thread with a large stack and a time limit: a program that hangs fails its test.
 */
public final class ProgramRunner implements AutoCloseable {

    /** What one run printed and how it ended. */
    public record Outcome(int exitStatus, byte[] stdout, String stderr, boolean timedOut) {

        public String stdoutText() {
            return new String(stdout, StandardCharsets.UTF_8);
        }

        /** The last non-empty line of stderr, or "". */
        public String stderrLastLine() {
            return skein.conformance.suite.Outcome.lastLine(stderr);
        }
    }

    private static final long STACK_BYTES = 512L << 20;

    private final Engine engine = Engine.newBuilder("skein").option("engine.WarnInterpreterOnly", "false").build();

    /** Runs {@code skein SCRIPT ARGS} with {@code directory} as the working directory. */
    public Outcome run(Path script, List<String> arguments, Path directory, long timeoutSeconds) throws InterruptedException {
        return run(script, arguments, directory, timeoutSeconds, false);
    }

    /** Runs {@code skein [--virtual-time] SCRIPT ARGS} with {@code directory} as the working directory. */
    public Outcome run(Path script, List<String> arguments, Path directory, long timeoutSeconds, boolean virtualTime)
            throws InterruptedException {
        List<String> commandLine = new ArrayList<>();
        if (virtualTime) {
            commandLine.add("--virtual-time");
        }
        commandLine.add(directory.relativize(script).toString());
        commandLine.addAll(arguments);
        return runCommandLine(commandLine.toArray(new String[0]), directory, new byte[0], timeoutSeconds);
    }

    /** Runs a whole launcher command line, e.g. {@code -c "print(1)"}. */
    public Outcome runCommandLine(String[] commandLine, Path directory, byte[] stdin, long timeoutSeconds)
            throws InterruptedException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Launcher launcher = new Launcher(new ByteArrayInputStream(stdin), out, err, engine);
        int[] status = {-1};
        Thread thread = new Thread(null, () -> status[0] = launcher.run(commandLine, directory), "MainThread", STACK_BYTES);
        thread.setDaemon(true);
        thread.start();
        thread.join(TimeUnit.SECONDS.toMillis(timeoutSeconds));
        boolean timedOut = thread.isAlive();
        if (timedOut) {
            launcher.cancel();
            thread.join(TimeUnit.SECONDS.toMillis(10));
        }
        return new Outcome(status[0], out.toByteArray(), err.toString(StandardCharsets.UTF_8), timedOut);
    }

    @Override
    public void close() {
        engine.close(true);
    }
}
