package skein.conformance.corpus;

import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The recorded-program corpus as JUnit dynamic tests: one container per area, one test per
 * program, comparing stdout byte for byte, the exit status, and the last line of stderr. A
 * program listed in the corpus root's {@code known-differences.txt} ({@code area/name.py reason}
 * per line) is one Skein is known to run differently, for the reason given; its test checks that
 * the difference is still there, so that a fix shows up and the entry is removed. The programs of
 * an area named in the root's {@code virtual-time-areas.txt} run twice, the second time under
 * {@code --virtual-time}, where they must print the same. A program listed in the root's
 * {@code repeated-programs.txt} ({@code area/name.py N}) runs N times more, to catch races that
 * show only now and then.
 */
public final class ProgramCorpus {

    private static final long TIMEOUT_SECONDS = 60;
    /** {@code -Dskein.corpus.filter=REGEX} runs only the programs whose {@code area/name.py} matches. */
    private static final String FILTER = System.getProperty("skein.corpus.filter", "");

    private ProgramCorpus() {
    }

    public static Stream<DynamicNode> tests(Path root, ProgramRunner runner) throws IOException {
        Map<String, String> knownDifferences = listFile(root.resolve("known-differences.txt"));
        Map<String, String> virtualTimeAreas = listFile(root.resolve("virtual-time-areas.txt"));
        Map<String, String> repeated = listFile(root.resolve("repeated-programs.txt"));
        try (Stream<Path> areas = Files.list(root)) {
            List<Path> sorted = areas.filter(Files::isDirectory).sorted().toList();
            return sorted.stream().map(area -> DynamicContainer.dynamicContainer(area.getFileName().toString(),
                    programsIn(area).stream().flatMap(script -> {
                        String reason = knownDifferences.get(idOf(script));
                        if (reason != null) {
                            return Stream.of(knownDifference(script, runner, reason));
                        }
                        boolean virtual = virtualTimeAreas.containsKey(area.getFileName().toString());
                        Stream<DynamicTest> runs = virtual ? Stream.of(test(script, runner, false), test(script, runner, true))
                                : Stream.of(test(script, runner, false));
                        int repeats = Integer.parseInt(repeated.getOrDefault(idOf(script), "0").strip());
                        return Stream.concat(runs, IntStream.rangeClosed(1, repeats)
                                .mapToObj(run -> repeat(script, runner, run, virtual && run % 2 == 0)));
                    })));
        }
    }

    /** A list file of the corpus root: its first word per line, mapped to the rest of the line. */
    private static Map<String, String> listFile(Path list) throws IOException {
        Map<String, String> entries = new HashMap<>();
        if (Files.exists(list)) {
            for (String line : Files.readAllLines(list, StandardCharsets.UTF_8)) {
                String entry = line.strip();
                if (!entry.isEmpty() && !entry.startsWith("#")) {
                    String[] parts = entry.split("\\s+", 2);
                    entries.put(parts[0], parts.length > 1 ? parts[1] : "");
                }
            }
        }
        return entries;
    }

    private static String idOf(Path script) {
        return script.getParent().getFileName() + "/" + script.getFileName();
    }

    private static DynamicTest knownDifference(Path script, ProgramRunner runner, String reason) {
        return DynamicTest.dynamicTest(script.getFileName() + " (known difference)", script.toUri(), () -> {
            RecordedProgram expected = RecordedProgram.load(script);
            ProgramRunner.Outcome actual = runner.run(script, expected.arguments(), script.getParent(), TIMEOUT_SECONDS);
            boolean matches = !actual.timedOut() && Arrays.equals(expected.stdout(), actual.stdout())
                    && expected.stderrMatches(actual.stderrLastLine()) && expected.exitStatus() == actual.exitStatus();
            assertFalse(matches, idOf(script) + " now runs as CPython does; remove it from known-differences.txt (" + reason
                    + ")");
        });
    }

    private static List<Path> programsIn(Path area) {
        try (Stream<Path> files = Files.list(area)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".py") && Files.isRegularFile(p))
                    .filter(ProgramCorpus::selected).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean selected(Path script) {
        String id = idOf(script);
        return FILTER.isEmpty() || java.util.regex.Pattern.compile(FILTER).matcher(id).find();
    }

    private static DynamicTest test(Path script, ProgramRunner runner, boolean virtualTime) {
        return test(script.getFileName() + (virtualTime ? " (virtual time)" : ""), script, runner, virtualTime);
    }

    private static DynamicTest repeat(Path script, ProgramRunner runner, int run, boolean virtualTime) {
        return test(script.getFileName() + " (repeat " + run + (virtualTime ? ", virtual time)" : ")"), script, runner,
                virtualTime);
    }

    private static DynamicTest test(String name, Path script, ProgramRunner runner, boolean virtualTime) {
        return DynamicTest.dynamicTest(name, script.toUri(), () -> {
            RecordedProgram expected = RecordedProgram.load(script);
            ProgramRunner.Outcome actual = runner.run(script, expected.arguments(), script.getParent(), TIMEOUT_SECONDS,
                    virtualTime);
            assertFalse(actual.timedOut(), "still running after " + TIMEOUT_SECONDS + " s; stderr:\n" + actual.stderr());
            assertEquals(new String(expected.stdout(), StandardCharsets.UTF_8), actual.stdoutText(),
                    "stdout; stderr was:\n" + actual.stderr());
            assertArrayEquals(expected.stdout(), actual.stdout(), "stdout bytes");
            assertTrue(expected.stderrMatches(actual.stderrLastLine()), "last stderr line: expected <"
                    + expected.stderrLastLine() + "> but was <" + actual.stderrLastLine() + ">; stderr:\n" + actual.stderr());
            assertEquals(expected.exitStatus(), actual.exitStatus(), "exit status; stderr:\n" + actual.stderr());
        });
    }
}
