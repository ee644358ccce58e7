package skein.conformance.notes;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the manifest check shows when a row is missing, left over or of a kind its block cannot have. */
class ManifestCheckTest {

    private static final String NOTE = "009_note.txt";
    private static final List<NoteBlock> BLOCKS = NoteExtractor.extract(NOTE, String.join("\n",
            "```python", "print(1)", "```", "In [1]:", "print(2)", "", "2", "", "") + "\n");

    private static ManifestRow row(String id, int line, ManifestRow.Kind kind) {
        boolean run = kind.isPython();
        return new ManifestRow(id, NOTE, line, kind, kind == ManifestRow.Kind.CELL ? "009" : "", run ? 10 : 0,
                run ? ManifestRow.Order.LINES : null, List.of(), List.of(), "", "");
    }

    private static final List<ManifestRow> COMPLETE = List.of(
            row("009-2", 2, ManifestRow.Kind.PROGRAM),
            row("009-2-arg", 2, ManifestRow.Kind.PROGRAM),
            row("009-5", 5, ManifestRow.Kind.CELL),
            row("009-7", 7, ManifestRow.Kind.OUTPUT));

    @Test
    void aCompleteManifestMatches() {
        assertTrue(ManifestCheck.matches(BLOCKS, COMPLETE));
        assertEquals("""
                009-2\t009_note.txt\t2\tprogram
                009-2-arg\t009_note.txt\t2\tprogram
                009-5\t009_note.txt\t5\tcell
                009-7\t009_note.txt\t7\toutput
                """, ManifestCheck.actual(BLOCKS, COMPLETE));
    }

    @Test
    void aMissingRowShowsOnlyOnTheNotesSide() {
        List<ManifestRow> rows = List.of(COMPLETE.get(0), COMPLETE.get(2));
        assertFalse(ManifestCheck.matches(BLOCKS, rows));
        assertEquals("""
                009-2\t009_note.txt\t2\tprogram
                009-5\t009_note.txt\t5\tcell
                009-7\t009_note.txt\t7\toutput
                """, ManifestCheck.actual(BLOCKS, rows));
    }

    @Test
    void aLeftOverRowShowsOnlyOnTheManifestSide() {
        List<ManifestRow> rows = new ArrayList<>(COMPLETE);
        rows.add(row("009-9", 9, ManifestRow.Kind.PROSE));
        assertFalse(ManifestCheck.matches(BLOCKS, rows));
        assertTrue(ManifestCheck.expected(rows).contains("009-9\t009_note.txt\t9\tprose\n"));
        assertFalse(ManifestCheck.actual(BLOCKS, rows).contains("009-9"));
    }

    @Test
    void aKindTheBlockCannotHaveShowsWhatTheBlockIs() {
        List<ManifestRow> rows = List.of(row("009-2", 2, ManifestRow.Kind.CELL), row("009-5", 5, ManifestRow.Kind.PROGRAM),
                COMPLETE.get(3));
        assertEquals("""
                009-2\t009_note.txt\t2\t(fenced block)
                009-5\t009_note.txt\t5\tcell
                009-7\t009_note.txt\t7\toutput
                """, ManifestCheck.actual(BLOCKS, rows));
        assertFalse(ManifestCheck.matches(BLOCKS, rows));
    }
}
