package skein.grammar;

import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.TokenSource;
import org.antlr.v4.runtime.misc.Pair;

/**
 * A token that also knows where it ends (line, and column in code points, exclusive), which the
 * AST needs for {@code end_lineno}/{@code end_col_offset} and which a multi-line string makes
 * costly to recompute.
 */
public final class PythonToken extends CommonToken {

    private int endLine;
    private int endColumn;

    public PythonToken(Pair<TokenSource, CharStream> source, int type, int channel, int start, int stop) {
        super(source, type, channel, start, stop);
    }

    /** A copy to put in another token stream, which renumbers its tokens. */
    public PythonToken copy() {
        PythonToken copy = new PythonToken(source, type, channel, start, stop);
        copy.setLine(line);
        copy.setCharPositionInLine(charPositionInLine);
        copy.setText(getText());
        copy.setEnd(endLine, endColumn);
        return copy;
    }

    public int getEndLine() {
        return endLine;
    }

    public int getEndColumn() {
        return endColumn;
    }

    void setEnd(int line, int column) {
        this.endLine = line;
        this.endColumn = column;
    }
}
