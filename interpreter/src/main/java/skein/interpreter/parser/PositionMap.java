package skein.interpreter.parser;

import skein.interpreter.ast.Pos;

/**
 * Maps positions in the text being parsed to positions in the file. The identity for a file;
 * for an f-string replacement field, which CPython 3.11 parses on its own as "(" + field + ")",
 * its lines are shifted to where the field starts and its first line is shifted right by the
 * field's column, exactly as CPython computes it (nodes on later lines keep their column).
 */
final class PositionMap {

    static final PositionMap IDENTITY = new PositionMap(1, 0, false);

    private final int baseLine;
    private final int firstLineCol;
    private final boolean fstringField;

    private PositionMap(int baseLine, int firstLineCol, boolean fstringField) {
        this.baseLine = baseLine;
        this.firstLineCol = firstLineCol;
        this.fstringField = fstringField;
    }

    static PositionMap forField(int baseLine, int firstLineCol) {
        return new PositionMap(baseLine, firstLineCol, true);
    }

    int line(int line) {
        return baseLine + line - 1;
    }

    int col(int line, int col) {
        return line == 1 ? firstLineCol + col : col;
    }

    Pos pos(int line, int col, int endLine, int endCol) {
        return new Pos(line(line), col(line, col), line(endLine), col(endLine, endCol));
    }

    /**
     * CPython reports an error found inside a field with "f-string: " before the message and the
     * field's column shift taken back off the offsets.
     */
    PythonSyntaxError error(SourceText source, PythonSyntaxError.Kind kind, String msg, int line, int offset,
                            int endLine, int endOffset) {
        if (!fstringField) {
            return source.error(kind, msg, line, offset, endLine, endOffset);
        }
        return source.error(kind, "f-string: " + msg, line, offset - firstLineCol, endLine,
                endOffset - firstLineCol);
    }
}
