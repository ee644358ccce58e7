package skein.conformance.suite;

import skein.conformance.notes.Manifest;
import skein.conformance.notes.ManifestRow;
import skein.conformance.notes.NoteBlock;
import skein.conformance.notes.NoteExtractor;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Predicate;

/**
 * The conformance suite over one folder ({@code conformance/}): the notes in {@code notes/},
 * classified by {@code manifest.tsv}, each Python snippet run on Skein as written and judged
 * against CPython's recording in {@code recorded/}, with the ratchet of
 * {@code expected-failures.txt}. Cells of one note run as one session, in order.
 */
public final class ConformanceSuite {

    private final Path folder;
    private final List<ManifestRow> rows;
    private final Map<String, NoteBlock> blocks = new HashMap<>();
    private final ExpectedFailures expectedFailures;
    /** Normalisations that apply to one snippet only, by id (from {@code snippet-normalisations.txt}). */
    private final Map<String, Set<Normalisation>> snippetNormalisations;

    public ConformanceSuite(Path folder) throws IOException {
        this.folder = folder;
        this.rows = Manifest.read(folder.resolve("manifest.tsv"));
        for (NoteBlock block : NoteExtractor.extractFolder(folder.resolve("notes"))) {
            blocks.put(block.note() + "\t" + block.id(), block);
        }
        this.expectedFailures = ExpectedFailures.load(folder.resolve("expected-failures.txt"));
        this.snippetNormalisations = loadSnippetNormalisations(folder.resolve("snippet-normalisations.txt"));
        for (String id : snippetNormalisations.keySet()) {
            if (rows.stream().noneMatch(row -> row.id().equals(id) && row.kind().isPython())) {
                throw new IOException("snippet-normalisations.txt names " + id + ", which is no Python snippet of the manifest");
            }
        }
    }

    /** Lines {@code id normalisation reason}; a snippet may have several. */
    private static Map<String, Set<Normalisation>> loadSnippetNormalisations(Path file) throws IOException {
        Map<String, Set<Normalisation>> byId = new HashMap<>();
        if (Files.exists(file)) {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String entry = line.strip();
                if (!entry.isEmpty() && !entry.startsWith("#")) {
                    String[] parts = entry.split("\\s+", 3);
                    byId.computeIfAbsent(parts[0], id -> EnumSet.noneOf(Normalisation.class)).add(Normalisation.named(parts[1]));
                }
            }
        }
        return byId;
    }

    public List<ManifestRow> rows() {
        return rows;
    }

    /**
     * Runs the Python rows {@code selection} accepts; a session runs whole if any of its cells is
     * selected. Programs and sessions run in parallel, as many at once as there are cores: each
     * has its own context, and budgets are wall time.
     */
    public List<SnippetResult> run(Predicate<ManifestRow> selection, SnippetRunner runner) throws IOException,
            InterruptedException {
        Map<String, Outcome> outcomes = new ConcurrentHashMap<>();
        List<Callable<Void>> tasks = new ArrayList<>();
        Set<String> sessionsQueued = new HashSet<>();
        for (ManifestRow row : rows) {
            if (!row.kind().isPython() || !selection.test(row)) {
                continue;
            }
            if (row.kind() != ManifestRow.Kind.CELL) {
                tasks.add(() -> {
                    outcomes.put(row.id(), runner.runProgram(row.id(), block(row).text(), row.argv(), budget(row)));
                    return null;
                });
            } else if (sessionsQueued.add(row.note())) {
                List<ManifestRow> cells = cellsOf(row.note());
                tasks.add(() -> {
                    List<SnippetRunner.Cell> session = new ArrayList<>();
                    for (ManifestRow cell : cells) {
                        session.add(new SnippetRunner.Cell(cell.id(), block(cell).text(), budget(cell)));
                    }
                    List<Outcome> results = runner.runSession(session);
                    for (int i = 0; i < cells.size(); i++) {
                        outcomes.put(cells.get(i).id(), results.get(i));
                    }
                    return null;
                });
            }
        }
        runAll(tasks);
        List<SnippetResult> results = new ArrayList<>();
        for (ManifestRow row : rows) {
            Outcome outcome = outcomes.get(row.id());
            if (outcome != null) {
                results.add(judge(row, outcome));
            }
        }
        return results;
    }

    private static void runAll(List<Callable<Void>> tasks) throws IOException, InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors());
        try {
            for (Future<Void> done : pool.invokeAll(tasks)) {
                try {
                    done.get();
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof IOException io) {
                        throw io;
                    }
                    throw new IllegalStateException("running a snippet failed", e.getCause());
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private List<ManifestRow> cellsOf(String note) {
        return rows.stream().filter(r -> r.kind() == ManifestRow.Kind.CELL && r.note().equals(note)).toList();
    }

    private SnippetResult judge(ManifestRow row, Outcome outcome) throws IOException {
        Recording recording = Recording.load(folder.resolve("recorded").resolve(row.id() + ".expected"));
        String difference = Judgement.firstDifference(recording, outcome, comparisonOrder(row),
                snippetNormalisations.getOrDefault(row.id(), Set.of()));
        boolean listed = expectedFailures.lists(row.id());
        SnippetResult.Verdict verdict = difference == null
                ? (listed ? SnippetResult.Verdict.UNEXPECTED_PASS : SnippetResult.Verdict.PASS)
                : (listed ? SnippetResult.Verdict.EXPECTED_FAILURE : SnippetResult.Verdict.FAIL);
        return new SnippetResult(row, verdict, difference, noteOutputCheck(row, recording, outcome));
    }

    private static Comparison.Order comparisonOrder(ManifestRow row) {
        return switch (row.order()) {
            case LINES -> Comparison.Order.LINES;
            case MULTISET -> Comparison.Order.MULTISET;
            case SAMPLE -> Comparison.Order.SAMPLE;
        };
    }

    /**
     * The second oracle: where the note shows what a snippet printed, whether Skein printed it
     * too. It only judges where CPython printed the same as the note; otherwise it says so,
     * with the reason the output's manifest row gives.
     */
    private String noteOutputCheck(ManifestRow row, Recording recording, Outcome outcome) {
        ManifestRow outputRow = outputRowOf(row);
        String shown = outputRow == null ? null : shownOutput(row, outputRow);
        if (shown == null) {
            return null;
        }
        Comparison.Order order = comparisonOrder(row);
        Set<Normalisation> extra = snippetNormalisations.getOrDefault(row.id(), Set.of());
        if (Comparison.firstDifference(shown, recording.stdoutText(), order, extra) != null) {
            return "the note's output differs from CPython's" + (outputRow.comment().isEmpty() ? "" : ": " + outputRow.comment());
        }
        String difference = Comparison.firstDifference(shown, outcome.stdoutText(), order, extra);
        return difference == null ? "as the note shows" : "differs from the note: " + difference;
    }

    /** The output row naming this snippet as its oracle, or null. */
    private ManifestRow outputRowOf(ManifestRow row) {
        return rows.stream().filter(other -> other.kind() == ManifestRow.Kind.OUTPUT && row.id().equals(other.oracle()))
                .findFirst().orElse(null);
    }

    /**
     * The output the note prints for this snippet, or null: the fenced block of its output row,
     * or, for a cell, the output that follows it in the note.
     */
    private String shownOutput(ManifestRow row, ManifestRow outputRow) {
        NoteBlock fenced = blocks.get(outputRow.note() + "\t" + outputRow.blockId());
        if (fenced != null) {
            return fenced.text();
        }
        if (block(row).origin() instanceof NoteBlock.Cell cell && cell.hasOutput()) {
            return cell.output();
        }
        return null;
    }

    private NoteBlock block(ManifestRow row) {
        NoteBlock block = blocks.get(row.note() + "\t" + row.blockId());
        if (block == null) {
            throw new IllegalStateException("manifest row " + row.id() + " names no block of " + row.note());
        }
        return block;
    }

    private static Duration budget(ManifestRow row) {
        return Duration.ofSeconds(row.budgetSeconds());
    }
}
