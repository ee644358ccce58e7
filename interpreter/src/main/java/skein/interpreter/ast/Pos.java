package skein.interpreter.ast;

/**
 * Where a node stands in its source: 1-based lines, 0-based columns counted in characters
 * (code points), end exclusive, as in CPython's {@code ast} module.
 */
public record Pos(int line, int col, int endLine, int endCol) {

    public static final Pos NONE = new Pos(0, 0, 0, 0);

    /** The span from the start of {@code first} to the end of {@code last}. */
    public static Pos span(Pos first, Pos last) {
        return new Pos(first.line, first.col, last.endLine, last.endCol);
    }
}
