package skein.conformance.notes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Compares the blocks extraction finds with the manifest's rows, as two listings of
 * {@code id, note, line, kind} lines: one from the manifest, one from the notes. They are equal
 * when every block has its row (a fenced block one of a kind a fence can hold, a cell a
 * {@code cell} row, a cell's output an {@code output} row), second cases of a block refer to a
 * block that exists, and no row is left over; otherwise a text diff of the two shows what moved.
 */
public final class ManifestCheck {

    private static final Set<ManifestRow.Kind> FENCED_KINDS = EnumSet.of(ManifestRow.Kind.PROGRAM,
            ManifestRow.Kind.FRAGMENT, ManifestRow.Kind.OUTPUT, ManifestRow.Kind.SHELL, ManifestRow.Kind.PROSE);
    private static final String UNCLASSIFIED_FENCE = "(fenced block)";

    private ManifestCheck() {
    }

    /** The manifest's rows, one line each. */
    public static String expected(List<ManifestRow> rows) {
        List<Entry> entries = new ArrayList<>();
        for (ManifestRow row : rows) {
            entries.add(new Entry(row.id(), row.note(), row.line(), row.kind().columnValue()));
        }
        return listing(entries);
    }

    /**
     * The rows the blocks call for: a block's own id, and any second case of it the manifest has.
     * A fenced block takes its kind from its row when a fence can hold that kind.
     */
    public static String actual(List<NoteBlock> blocks, List<ManifestRow> rows) {
        Map<String, List<ManifestRow>> rowsByBlock = new HashMap<>();
        for (ManifestRow row : rows) {
            rowsByBlock.computeIfAbsent(row.note() + "\t" + row.blockId(), key -> new ArrayList<>()).add(row);
        }
        List<Entry> entries = new ArrayList<>();
        for (NoteBlock block : blocks) {
            if (block.origin() instanceof NoteBlock.Cell cell) {
                addCases(entries, block.note(), block.id(), block.line(), rowsByBlock, ManifestRow.Kind.CELL);
                if (cell.hasOutput()) {
                    addCases(entries, block.note(), block.outputId(), cell.outputLine(), rowsByBlock,
                            ManifestRow.Kind.OUTPUT);
                }
            } else {
                addCases(entries, block.note(), block.id(), block.line(), rowsByBlock, null);
            }
        }
        return listing(entries);
    }

    /** Whether the manifest has exactly the rows the blocks call for. */
    public static boolean matches(List<NoteBlock> blocks, List<ManifestRow> rows) {
        return expected(rows).equals(actual(blocks, rows));
    }

    /** Adds the block's own id and its second cases; {@code kind} null stands for a fenced block. */
    private static void addCases(List<Entry> entries, String note, String id, int line,
                                 Map<String, List<ManifestRow>> rowsByBlock, ManifestRow.Kind kind) {
        List<ManifestRow> cases = rowsByBlock.getOrDefault(note + "\t" + id, List.of());
        if (cases.stream().noneMatch(row -> row.id().equals(id))) {
            entries.add(new Entry(id, note, line, kind == null ? UNCLASSIFIED_FENCE : kind.columnValue()));
        }
        for (ManifestRow row : cases) {
            String shown = kind != null ? kind.columnValue()
                    : FENCED_KINDS.contains(row.kind()) ? row.kind().columnValue() : UNCLASSIFIED_FENCE;
            entries.add(new Entry(row.id(), note, line, shown));
        }
    }

    private record Entry(String id, String note, int line, String kind) {
    }

    private static String listing(List<Entry> entries) {
        StringBuilder text = new StringBuilder();
        entries.stream()
                .sorted(Comparator.comparing(Entry::note).thenComparingInt(Entry::line).thenComparing(Entry::id))
                .forEach(e -> text.append(e.id()).append('\t').append(e.note()).append('\t').append(e.line())
                        .append('\t').append(e.kind()).append('\n'));
        return text.toString();
    }
}
