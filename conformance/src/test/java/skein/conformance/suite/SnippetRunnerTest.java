package skein.conformance.suite;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Snippets run in fresh contexts with budgets; cells run as one session with their outputs apart. */
@Timeout(120)
class SnippetRunnerTest {

    private static SnippetRunner runner;

    @BeforeAll
    static void start() {
        runner = new SnippetRunner();
    }

    @AfterAll
    static void stop() {
        runner.close();
    }

    @Test
    void programRunsWithItsArguments() throws Exception {
        Outcome outcome = runner.runProgram("t1", "import sys\nprint(sys.argv[1:])\nraise SystemExit(3)\n",
                List.of("a", "b"), Duration.ofSeconds(30));
        assertEquals(Outcome.Status.FINISHED, outcome.status());
        assertEquals(3, outcome.exitStatus());
        assertEquals("['a', 'b']\n", outcome.stdoutText());
    }

    @Test
    void programStillRunningAtItsBudgetIsStoppedWithWhatItPrinted() throws Exception {
        Outcome outcome = runner.runProgram("t2", "print('started', flush=True)\nwhile True:\n    pass\n", List.of(),
                Duration.ofSeconds(2));
        assertEquals(Outcome.Status.STILL_RUNNING, outcome.status());
        assertEquals("started\n", outcome.stdoutText());
    }

    @Test
    void cellsShareNamesAndKeepTheirOutputsApart() throws Exception {
        List<Outcome> outcomes = runner.runSession(List.of(
                new SnippetRunner.Cell("c1", "x = 6\nprint('one')\n", Duration.ofSeconds(30)),
                new SnippetRunner.Cell("c2", "x * 7\n", Duration.ofSeconds(30)),
                new SnippetRunner.Cell("c3", "1 / 0\n", Duration.ofSeconds(30)),
                new SnippetRunner.Cell("c4", "while True:\n    pass\n", Duration.ofSeconds(2)),
                new SnippetRunner.Cell("c5", "print('never')\n", Duration.ofSeconds(30))));
        assertEquals("one\n", outcomes.get(0).stdoutText());
        assertEquals("42\n", outcomes.get(1).stdoutText());
        assertEquals(1, outcomes.get(2).exitStatus());
        assertEquals("ZeroDivisionError: division by zero", outcomes.get(2).stderrLastLine());
        assertEquals(Outcome.Status.STILL_RUNNING, outcomes.get(3).status());
        assertEquals(Outcome.Status.NOT_RUN, outcomes.get(4).status());
    }
}
