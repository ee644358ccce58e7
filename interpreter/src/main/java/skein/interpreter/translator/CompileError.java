package skein.interpreter.translator;

import skein.interpreter.ast.Pos;

/** A SyntaxError found after parsing, by the scope analysis or the translator. */
public final class CompileError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Pos pos;

    public CompileError(String message, Pos pos) {
        super(message, null, false, false);
        this.pos = pos;
    }

    public Pos pos() {
        return pos;
    }
}
