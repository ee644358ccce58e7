package skein.conformance.suite;

import skein.conformance.notes.Manifest;
import skein.conformance.notes.ManifestDraft;
import skein.conformance.notes.ManifestRow;
import skein.conformance.notes.NoteBlock;
import skein.conformance.notes.NoteExtractor;

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
 * {@code --folder DIR --init} drafts {@code manifest.tsv} for a folder of one's own notes
 * ({@code DIR/notes/}: Markdown, text and {@code .py} files), to review and then record with
 * {@code conformance/record --folder DIR}.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of("conformance");
        List<String> selection = new ArrayList<>();
        boolean init = false;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--init")) {
                init = true;
            } else if (args[i].equals("--folder") && i + 1 < args.length) {
                folder = Path.of(args[++i]);
            } else if (args[i].startsWith("-")) {
                System.err.println("usage: bin/conformance [--folder DIR] [NOTE-NUMBER | SNIPPET-ID ...]\n"
                        + "       bin/conformance --folder DIR --init");
                System.exit(2);
            } else {
                selection.add(args[i]);
            }
        }
        if (init) {
            System.exit(draftManifest(folder));
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

    private static int draftManifest(Path folder) throws java.io.IOException {
        Path manifest = folder.resolve("manifest.tsv");
        if (Files.exists(manifest)) {
            System.err.println("conformance: " + manifest + " exists already; not overwritten");
            return 1;
        }
        List<ManifestRow> rows = ManifestDraft.draft(NoteExtractor.extractFolder(folder.resolve("notes")));
        Manifest.write(rows, manifest);
        System.out.println("wrote " + manifest + " (" + rows.size() + " rows): review it, then record CPython with "
                + "conformance/record --folder " + folder + ", then run bin/conformance --folder " + folder);
        return 0;
    }
}
