package skein.conformance.notes;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads and writes {@code conformance/manifest.tsv}: a header line, then one tab-separated row
 * per block of the notes (and one more per second case of a block), in these columns:
 * <dl>
 *   <dt>id</dt><dd>{@code <note number>-<line>}, plus a suffix such as {@code -arg} for a second case</dd>
 *   <dt>note</dt><dd>the note's file name</dd>
 *   <dt>line</dt><dd>the block's first content line</dd>
 *   <dt>kind</dt><dd>program, fragment, cell, output, shell or prose</dd>
 *   <dt>session</dt><dd>for a cell, the note number; empty otherwise</dd>
 *   <dt>budget</dt><dd>seconds of wall time before a run is stopped as still running; empty for a
 *   block that is not run (output, shell, prose)</dd>
 *   <dt>order</dt><dd>lines, or multiset where the snippet's synchronisation leaves its order open;
 *   empty for a block that is not run</dd>
 *   <dt>uses</dt><dd>comma-separated concurrency modules it uses</dd>
 *   <dt>argv</dt><dd>space-separated arguments</dd>
 *   <dt>oracle</dt><dd>for output, the id of the snippet it shows; {@code hand-stated} for the one such block</dd>
 *   <dt>comment</dt><dd>free text</dd>
 * </dl>
 * Reading checks every field, so a malformed row fails with its line number.
 */
public final class Manifest {

    public static final String HEADER = "id\tnote\tline\tkind\tsession\tbudget\torder\tuses\targv\toracle\tcomment";
    private static final int COLUMNS = 11;

    private Manifest() {
    }

    public static List<ManifestRow> read(Path file) throws IOException {
        return parse(Files.readString(file, StandardCharsets.UTF_8));
    }

    public static void write(List<ManifestRow> rows, Path file) throws IOException {
        Files.writeString(file, format(rows), StandardCharsets.UTF_8);
    }

    public static List<ManifestRow> parse(String text) {
        List<String> lines = text.lines().toList();
        if (lines.isEmpty() || !lines.get(0).equals(HEADER)) {
            throw new IllegalArgumentException("manifest: the first line must be the header\n" + HEADER);
        }
        List<ManifestRow> rows = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 1; i < lines.size(); i++) {
            ManifestRow row = parseRow(lines.get(i), i + 1);
            if (!ids.add(row.id())) {
                throw new IllegalArgumentException("manifest line " + (i + 1) + ": id " + row.id() + " appears twice");
            }
            rows.add(row);
        }
        return rows;
    }

    public static String format(List<ManifestRow> rows) {
        StringBuilder text = new StringBuilder(HEADER).append('\n');
        for (ManifestRow row : rows) {
            text.append(String.join("\t", row.id(), row.note(), Integer.toString(row.line()), row.kind().columnValue(),
                    row.session(), row.kind().isPython() ? Integer.toString(row.budgetSeconds()) : "",
                    row.kind().isPython() ? row.order().columnValue() : "",
                    String.join(",", row.uses()), String.join(" ", row.argv()), row.oracle(), row.comment()))
                    .append('\n');
        }
        return text.toString();
    }

    private static ManifestRow parseRow(String line, int number) {
        String[] fields = line.split("\t", -1);
        if (fields.length != COLUMNS) {
            throw error(number, "has " + fields.length + " fields, not " + COLUMNS);
        }
        String id = fields[0];
        String note = fields[1];
        int blockLine = positive(fields[2], "line", number);
        ManifestRow.Kind kind = enumValue(ManifestRow.Kind.class, fields[3], "kind", number);
        String session = fields[4];
        int budget = 0;
        ManifestRow.Order order = null;
        if (kind.isPython()) {
            budget = positive(fields[5], "budget", number);
            order = enumValue(ManifestRow.Order.class, fields[6], "order", number);
        } else if (!fields[5].isEmpty() || !fields[6].isEmpty()) {
            throw error(number, "budget and order are empty for a block that is not run");
        }
        List<String> uses = fields[7].isEmpty() ? List.of() : Arrays.asList(fields[7].split(","));
        List<String> argv = fields[8].isEmpty() ? List.of() : Arrays.asList(fields[8].split(" "));
        String oracle = fields[9];
        String comment = fields[10];

        String blockId = NoteBlock.noteNumber(note) + "-" + blockLine;
        if (!id.equals(blockId) && !id.startsWith(blockId + "-")) {
            throw error(number, "id " + id + " must be " + blockId + ", or " + blockId + "-<case>");
        }
        if (kind == ManifestRow.Kind.CELL ? !session.equals(NoteBlock.noteNumber(note)) : !session.isEmpty()) {
            throw error(number, "session must be the note number for a cell and empty otherwise");
        }
        for (String module : uses) {
            if (!ManifestRow.CONCURRENCY_MODULES.contains(module)) {
                throw error(number, "uses names " + module + ", not one of " + ManifestRow.CONCURRENCY_MODULES);
            }
        }
        if (!oracle.isEmpty() && kind != ManifestRow.Kind.OUTPUT && !oracle.equals(ManifestRow.HAND_STATED)) {
            throw error(number, "only an output row names an oracle snippet");
        }
        return new ManifestRow(id, note, blockLine, kind, session, budget, order, uses, argv, oracle, comment);
    }

    private static int positive(String field, String column, int number) {
        try {
            int value = Integer.parseInt(field);
            if (value > 0) {
                return value;
            }
        } catch (NumberFormatException notANumber) {
            // reported below, with the line
        }
        throw error(number, column + " must be a positive whole number, not '" + field + "'");
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, String field, String column, int number) {
        for (E value : type.getEnumConstants()) {
            if (value.name().toLowerCase(Locale.ROOT).equals(field)) {
                return value;
            }
        }
        throw error(number, column + " '" + field + "' is not one of " + Arrays.toString(type.getEnumConstants())
                .toLowerCase(Locale.ROOT));
    }

    private static IllegalArgumentException error(int number, String message) {
        return new IllegalArgumentException("manifest line " + number + ": " + message);
    }
}
