package skein.conformance.notes;

import java.util.List;

/**
 * One row of {@code conformance/manifest.tsv}: how one block of a note (or a second case of it)
 * is classified and run. {@link Manifest} describes the columns. A row that is not run (output,
 * shell, prose) has no budget (0) and no order (null).
 */
public record ManifestRow(String id, String note, int line, Kind kind, String session, int budgetSeconds,
                          Order order, List<String> uses, List<String> argv, String oracle, String comment) {

    /** What a block is. */
    public enum Kind {
        /** Python that runs on its own. */
        PROGRAM,
        /** Python that uses names it never defines: it must fail as CPython fails. */
        FRAGMENT,
        /** A notebook cell: runs in its note's session, in line order. */
        CELL,
        /** Printed output shown in the note. */
        OUTPUT,
        /** A shell command. */
        SHELL,
        /** Text that is none of the above. */
        PROSE;

        /** Whether rows of this kind are run (and recorded from CPython). */
        public boolean isPython() {
            return this == PROGRAM || this == FRAGMENT || this == CELL;
        }

        public String columnValue() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** How a run's stdout is compared with the recording. */
    public enum Order {
        /** Line by line, in order. */
        LINES,
        /** As a multiset of lines: the snippet's own synchronisation does not fix the order. */
        MULTISET,
        /**
         * As a multiset of lines, for a snippet still running at its budget whose amount of
         * output by then depends on timing: the run that printed fewer lines printed nothing the
         * other did not.
         */
        SAMPLE;

        public String columnValue() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** The modules a {@code uses} entry may name. */
    public static final List<String> CONCURRENCY_MODULES =
            List.of("threading", "multiprocessing", "queue", "concurrent.futures", "asyncio");

    /** The {@code oracle} of the one block whose expected result is stated by hand. */
    public static final String HAND_STATED = "hand-stated";

    public ManifestRow {
        uses = List.copyOf(uses);
        argv = List.copyOf(argv);
    }

    /** The id of the block this row is a case of: the id without a case suffix such as {@code -arg}. */
    public String blockId() {
        return NoteBlock.noteNumber(note) + "-" + line;
    }
}
