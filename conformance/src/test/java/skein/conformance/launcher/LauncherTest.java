package skein.conformance.launcher;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import skein.conformance.corpus.ProgramRunner;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The command line behaves like python3's: exit statuses, -c, --version, tracebacks and
 * SyntaxErrors on stderr, and bad input that must end in a Python error, never a hang or a
 * Java stack trace. Expected texts here are CPython 3.11's fixed formats.
 */
class LauncherTest {

    private static final long TIMEOUT = 120;
    private static ProgramRunner runner;

    @TempDir
    Path directory;

    @BeforeAll
    static void start() {
        runner = new ProgramRunner();
    }

    @AfterAll
    static void stop() {
        runner.close();
    }

    private ProgramRunner.Outcome run(String... commandLine) throws InterruptedException {
        ProgramRunner.Outcome outcome = runner.runCommandLine(commandLine, directory, new byte[0], TIMEOUT);
        assertFalse(outcome.timedOut(), "timed out");
        assertFalse(outcome.stderr().contains("\tat "), "a Java stack trace reached the user:\n" + outcome.stderr());
        return outcome;
    }

    private ProgramRunner.Outcome runFile(String name, byte[] content) throws Exception {
        Files.write(directory.resolve(name), content);
        return run(name);
    }

    @Test
    void versionPrintsAndExitsZero() throws Exception {
        ProgramRunner.Outcome outcome = run("--version");
        assertEquals(0, outcome.exitStatus());
        assertTrue(outcome.stdoutText().startsWith("Skein "), outcome.stdoutText());
        assertTrue(outcome.stdoutText().contains("Python 3.11"), outcome.stdoutText());
    }

    @Test
    void virtualTimeSleepsAnHourAtOnce() throws Exception {
        long started = System.nanoTime();
        ProgramRunner.Outcome outcome = run("--virtual-time", "-c", "import time\nt = time.monotonic()\nw = time.time()\n"
                + "time.sleep(3600)\nprint(time.monotonic() - t, time.time() - w)");
        assertEquals("3600.0 3600.0\n", outcome.stdoutText());
        assertTrue(System.nanoTime() - started < 30_000_000_000L, "an hour of virtual sleep took real time");
    }

    @Test
    void codeOptionRunsWithArguments() throws Exception {
        ProgramRunner.Outcome outcome = run("-c", "import sys; print(sys.argv, __name__)", "a", "b");
        assertEquals("['-c', 'a', 'b'] __main__\n", outcome.stdoutText());
        assertEquals(0, outcome.exitStatus());
    }

    @Test
    void stdoutIsByteExactUtf8() throws Exception {
        ProgramRunner.Outcome outcome = run("-c", "print('h\\u00e9llo \\u2713 \\U0001F600', end='|')");
        assertEquals("h\u00e9llo \u2713 \uD83D\uDE00|", outcome.stdoutText());
    }

    @Test
    void systemExitSetsTheStatus() throws Exception {
        assertEquals(3, run("-c", "import sys; sys.exit(3)").exitStatus());
        assertEquals(0, run("-c", "raise SystemExit").exitStatus());
        ProgramRunner.Outcome message = run("-c", "import sys; sys.exit('bye')");
        assertEquals(1, message.exitStatus());
        assertEquals("bye", message.stderrLastLine());
    }

    @Test
    void uncaughtExceptionPrintsATracebackAndExitsOne() throws Exception {
        ProgramRunner.Outcome outcome = runFile("boom.py", "def f():\n    return 1 / 0\n\nf()\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(1, outcome.exitStatus());
        // As in CPython, the script is named by its absolute path.
        String file = directory.resolve("boom.py").toAbsolutePath().toString();
        assertEquals("Traceback (most recent call last):\n"
                + "  File \"" + file + "\", line 4, in <module>\n"
                + "    f()\n"
                + "  File \"" + file + "\", line 2, in f\n"
                + "    return 1 / 0\n"
                + "ZeroDivisionError: division by zero\n", outcome.stderr());
    }

    @Test
    void chainedExceptionsPrintBoth() throws Exception {
        ProgramRunner.Outcome outcome = run("-c", "try:\n    {}['k']\nexcept KeyError as e:\n    raise ValueError('v') from e");
        assertTrue(outcome.stderr().contains("KeyError: 'k'"), outcome.stderr());
        assertTrue(outcome.stderr().contains("The above exception was the direct cause of the following exception:"));
        assertEquals("ValueError: v", outcome.stderrLastLine());
    }

    @Test
    void syntaxErrorShowsFileLineAndCaret() throws Exception {
        ProgramRunner.Outcome outcome = runFile("bad.py", "x = 1\nprint(x +)\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(1, outcome.exitStatus());
        String file = directory.resolve("bad.py").toAbsolutePath().toString();
        assertTrue(outcome.stderr().startsWith("  File \"" + file + "\", line 2\n    print(x +)\n"), outcome.stderr());
        assertTrue(outcome.stderr().contains("^"), outcome.stderr());
        assertEquals("SyntaxError: invalid syntax", outcome.stderrLastLine());
        assertEquals("", outcome.stdoutText(), "nothing runs when the file does not compile");
    }

    @Test
    void missingScriptExitsTwo() throws Exception {
        ProgramRunner.Outcome outcome = run("no_such_script.py");
        assertEquals(2, outcome.exitStatus());
        assertTrue(outcome.stderrLastLine().endsWith("[Errno 2] No such file or directory"), outcome.stderr());
    }

    @Test
    void unboundedRecursionIsARecursionError() throws Exception {
        ProgramRunner.Outcome outcome = run("-c", "def f(n):\n    return f(n + 1)\nf(0)");
        assertEquals(1, outcome.exitStatus());
        assertEquals("RecursionError: maximum recursion depth exceeded", outcome.stderrLastLine());
    }

    @Test
    void randomBytesAreASyntaxError() throws Exception {
        byte[] noise = new byte[4096];
        new Random(7).nextBytes(noise);
        ProgramRunner.Outcome outcome = runFile("noise.py", noise);
        assertEquals(1, outcome.exitStatus());
        assertTrue(outcome.stderrLastLine().startsWith("SyntaxError: "), outcome.stderr());
    }

    @Test
    void fiftyMegabyteSourceEndsInAnswerNotHang() throws Exception {
        Path big = directory.resolve("big.py");
        StringBuilder chunk = new StringBuilder();
        for (int i = 0; i < 1000; i++) {
            chunk.append("value_").append(i).append(" = ").append(i).append(" * 2 + 1\n");
        }
        byte[] block = chunk.toString().getBytes(StandardCharsets.UTF_8);
        try (var out = Files.newOutputStream(big)) {
            for (long written = 0; written < 50L << 20; written += block.length) {
                out.write(block);
            }
            out.write("print('done')\n".getBytes(StandardCharsets.UTF_8));
        }
        ProgramRunner.Outcome outcome = run("big.py");
        boolean ran = outcome.exitStatus() == 0 && outcome.stdoutText().equals("done\n");
        boolean refused = outcome.exitStatus() == 1 && outcome.stderrLastLine().matches("(MemoryError|SyntaxError).*");
        assertTrue(ran || refused, "status " + outcome.exitStatus() + ", stderr: " + outcome.stderrLastLine());
    }

}
