package skein.conformance.notes;

/**
 * One block found in a note: a fenced block or a notebook cell, with the 1-based line of its
 * first content line and its exact text (every line ending in a newline).
 *
 * @param note   the note's file name, e.g. {@code 002_03baf7cd4b23b35a.txt}
 * @param line   the line of the block's first content line (a cell's first line of code)
 * @param text   the block's content; for a cell, its code only
 * @param origin how the note marks the block
 */
public record NoteBlock(String note, int line, String text, Origin origin) {

    /** How the note marks a block: a fence, or an {@code In [N]:} line. */
    public sealed interface Origin permits Fence, Cell {
    }

    /**
     * A block between two fences.
     *
     * @param language the first word of the opening fence's info string, {@code ""} when untagged
     */
    public record Fence(String language) implements Origin {
    }

    /**
     * A notebook cell.
     *
     * @param number     the N of {@code In [N]:}
     * @param output     the output the note shows after the cell's code, {@code ""} when none
     * @param outputLine the line of the output's first line, 0 when there is no output
     */
    public record Cell(int number, String output, int outputLine) implements Origin {

        public boolean hasOutput() {
            return outputLine > 0;
        }
    }

    /** The block's id in the manifest: the note's number, a dash, the line. */
    public String id() {
        return noteNumber(note) + "-" + line;
    }

    /** The id of the cell's output block; only for a cell that has output. */
    public String outputId() {
        if (!(origin instanceof Cell cell) || !cell.hasOutput()) {
            throw new IllegalStateException(id() + " has no output block");
        }
        return noteNumber(note) + "-" + cell.outputLine();
    }

    /**
     * The number a note's ids start with: its file name's leading digits ({@code 002} for
     * {@code 002_03baf7cd4b23b35a.txt}), or, for a name without them, the name up to its extension.
     */
    public static String noteNumber(String note) {
        int digits = 0;
        while (digits < note.length() && Character.isDigit(note.charAt(digits))) {
            digits++;
        }
        if (digits > 0) {
            return note.substring(0, digits);
        }
        int dot = note.lastIndexOf('.');
        return dot > 0 ? note.substring(0, dot) : note;
    }
}
