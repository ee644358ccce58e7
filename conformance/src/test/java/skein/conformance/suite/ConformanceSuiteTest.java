package skein.conformance.suite;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The conformance suite in the test command: every Python snippet of the notes, one dynamic
 * test each, judged by the ratchet (a snippet not on {@code expected-failures.txt} must run as
 * CPython does; one on it must still fail). The run also writes {@code REPORT.md}.
 */
class ConformanceSuiteTest {

    private static SnippetRunner runner;

    @BeforeAll
    static void start() {
        runner = new SnippetRunner();
    }

    @AfterAll
    static void stop() {
        runner.close();
    }

    @TestFactory
    Stream<DynamicTest> snippets() throws Exception {
        Path folder = Path.of("").toAbsolutePath();
        ConformanceSuite suite = new ConformanceSuite(folder);
        long start = System.nanoTime();
        List<SnippetResult> results = suite.run(row -> true, runner);
        long elapsed = (System.nanoTime() - start) / 1_000_000;
        Files.writeString(folder.resolve("REPORT.md"), SuiteReport.markdown(results, elapsed), StandardCharsets.UTF_8);
        return results.stream().map(result -> DynamicTest.dynamicTest(result.row().id(), () -> assertTrue(
                result.verdict().accepted(), result.row().id() + ": " + result.verdict().label()
                        + (result.firstDifference() == null ? "" : " (" + result.firstDifference() + ")"))));
    }
}
