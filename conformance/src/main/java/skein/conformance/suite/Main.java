package skein.conformance.suite;

import skein.conformance.notes.ManifestRow;
import skein.conformance.notes.NoteBlock;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * {@code bin/conformance [--folder DIR] [SELECTION...]}: runs the conformance suite (all of it,
 * or the snippets whose id or note number is given, e.g. {@code 002} or {@code 002-16}),
 * prints the report and writes it as {@code REPORT.md} in the folder. Exits 1 when a snippet
 * fails that the expected-failures list does not name, or passes though it does.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of("conformance");
        List<String> selection = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--folder") && i + 1 < args.length) {
                folder = Path.of(args[++i]);
            } else if (args[i].startsWith("-")) {
                System.err.println("usage: bin/conformance [--folder DIR] [NOTE-NUMBER | SNIPPET-ID ...]");
                System.exit(2);
            } else {
                selection.add(args[i]);
            }
        }
        Predicate<ManifestRow> selected = row -> selection.isEmpty() || selection.contains(row.id())
                || selection.contains(NoteBlock.noteNumber(row.note()));
        ConformanceSuite suite = new ConformanceSuite(folder);
        long start = System.nanoTime();
        List<SnippetResult> results;
        try (SnippetRunner runner = new SnippetRunner()) {
            results = suite.run(selected, runner);
        }
        String report = SuiteReport.markdown(results, (System.nanoTime() - start) / 1_000_000);
        Files.writeString(folder.resolve("REPORT.md"), report, StandardCharsets.UTF_8);
        System.out.print(report);
        System.out.flush();
        System.exit(results.stream().allMatch(r -> r.verdict().accepted()) ? 0 : 1);
    }
}
