package skein.conformance.notes;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The notes as data: the copies are the shared notes, every block extraction finds has its
 * manifest row and no row is left over, every Python row has its CPython recording and no
 * recording is left over.
 */
class NoteManifestTest {

    private static final Path CONFORMANCE = Path.of("").toAbsolutePath();
    private static final Path NOTES = CONFORMANCE.resolve("notes");
    private static final Path SHARED_NOTES = CONFORMANCE.resolve("../../shared/notes").normalize();
    private static final Path RECORDED = CONFORMANCE.resolve("recorded");
    private static final String RECORDED_FIRST_LINE = "# Recorded from CPython 3.11.";
    private static final String HAND_STATED_FIRST_LINE = "# Stated by hand from Python 3.10's behaviour "
            + "(see conformance/hand-stated.md); the only such recording.";

    private static List<NoteBlock> blocks;
    private static List<ManifestRow> rows;

    @BeforeAll
    static void load() throws IOException {
        blocks = NoteExtractor.extractFolder(NOTES);
        rows = Manifest.read(CONFORMANCE.resolve("manifest.tsv"));
    }

    @Test
    void theNotesAreTheSharedNotesByteForByte() throws IOException {
        assumeTrue(Files.isDirectory(SHARED_NOTES), "no shared/notes beside the repository");
        assertEquals(fileNames(SHARED_NOTES), fileNames(NOTES));
        for (String name : fileNames(SHARED_NOTES)) {
            assertArrayEquals(Files.readAllBytes(SHARED_NOTES.resolve(name)), Files.readAllBytes(NOTES.resolve(name)),
                    name + " differs from shared/notes");
        }
    }

    @Test
    void everyBlockHasItsRowAndNoRowIsLeftOver() {
        assertEquals(ManifestCheck.expected(rows), ManifestCheck.actual(blocks, rows),
                "manifest.tsv (expected) against what extraction finds in notes/ (actual)");
    }

    @Test
    void everyNoteHasBlocks() throws IOException {
        Set<String> notesWithBlocks = blocks.stream().map(NoteBlock::note).collect(Collectors.toCollection(TreeSet::new));
        Set<String> notes = NoteExtractor.noteFiles(NOTES).stream().map(file -> file.getFileName().toString())
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(5, notes.size(), "the five notes");
        assertEquals(notes, notesWithBlocks);
    }

    @Test
    void everyOutputRowNamesARunSnippetOfItsNote() {
        Map<String, ManifestRow> byId = rows.stream().collect(Collectors.toMap(ManifestRow::id, Function.identity()));
        for (ManifestRow row : rows) {
            if (row.kind() == ManifestRow.Kind.OUTPUT) {
                ManifestRow shown = byId.get(row.oracle());
                assertTrue(shown != null && shown.kind().isPython() && shown.note().equals(row.note()),
                        row.id() + ": oracle '" + row.oracle() + "' is not a Python row of the same note");
            }
        }
    }

    @Test
    void everyPythonRowHasOneRecordingAndNoneIsLeftOver() throws IOException {
        Set<String> expected = rows.stream().filter(row -> row.kind().isPython())
                .map(row -> row.id() + ".expected").collect(Collectors.toCollection(TreeSet::new));
        assertEquals(String.join("\n", expected), String.join("\n", fileNames(RECORDED)));
    }

    @Test
    void onlyTheHandStatedRowHasAHandWrittenRecording() throws IOException {
        List<ManifestRow> handStated = rows.stream().filter(row -> row.oracle().equals(ManifestRow.HAND_STATED)).toList();
        assertEquals(1, handStated.size(), "exactly one row is hand-stated");
        for (ManifestRow row : rows) {
            if (row.kind().isPython()) {
                String firstLine = Files.readString(RECORDED.resolve(row.id() + ".expected"), StandardCharsets.UTF_8)
                        .lines().findFirst().orElse("");
                if (row.oracle().equals(ManifestRow.HAND_STATED)) {
                    assertEquals(HAND_STATED_FIRST_LINE, firstLine, row.id());
                } else {
                    assertTrue(firstLine.startsWith(RECORDED_FIRST_LINE), row.id() + " was not recorded: " + firstLine);
                }
            }
        }
    }

    @Test
    void theManifestIsWrittenAsItIsRead() throws IOException {
        assertEquals(Files.readString(CONFORMANCE.resolve("manifest.tsv"), StandardCharsets.UTF_8), Manifest.format(rows));
    }

    private static TreeSet<String> fileNames(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(file -> file.getFileName().toString()).collect(Collectors.toCollection(TreeSet::new));
        }
    }
}
