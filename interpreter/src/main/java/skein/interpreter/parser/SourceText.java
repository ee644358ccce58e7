package skein.interpreter.parser;

import skein.interpreter.ast.Pos;

/** Source being parsed: its file name and lines, so errors can quote the offending line. */
final class SourceText {

    final String filename;
    final String text;
    private int[] lineStarts;

    SourceText(String filename, String text) {
        this.filename = filename;
        this.text = text;
    }

    /** Line {@code lineno} (1-based) without its newline, or null when there is no such line. */
    String line(int lineno) {
        if (lineStarts == null) {
            lineStarts = computeLineStarts(text);
        }
        if (lineno < 1 || lineno > lineStarts.length) {
            return null;
        }
        int start = lineStarts[lineno - 1];
        int end = lineno < lineStarts.length ? lineStarts[lineno] - 1 : text.length();
        if (start > text.length()) {
            return null;
        }
        return text.substring(start, Math.max(start, end));
    }

    private static int[] computeLineStarts(String text) {
        int count = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                count++;
            }
        }
        int[] starts = new int[count];
        int k = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                starts[k++] = i + 1;
            }
        }
        return starts;
    }

    PythonSyntaxError error(PythonSyntaxError.Kind kind, String msg, int line, int offset, int endLine,
                            int endOffset) {
        String text = line(line);
        return new PythonSyntaxError(kind, msg, filename, line, offset, endLine, endOffset,
                text == null ? null : UndecodedBytes.shown(text));
    }

    PythonSyntaxError error(String msg, int line, int offset, int endLine, int endOffset) {
        return error(PythonSyntaxError.Kind.SYNTAX_ERROR, msg, line, offset, endLine, endOffset);
    }

    /** An error located on a node, as CPython's RAISE_SYNTAX_ERROR_KNOWN_LOCATION does. */
    PythonSyntaxError errorAt(Pos pos, String msg) {
        return error(msg, pos.line(), pos.col() + 1, pos.endLine(), pos.endCol() + 1);
    }
}
