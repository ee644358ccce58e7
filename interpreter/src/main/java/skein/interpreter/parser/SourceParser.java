package skein.interpreter.parser;

import skein.interpreter.ast.Expr;
import skein.interpreter.ast.Module;

/** PLACEHOLDER until the parser branch lands: same API. */
public final class SourceParser {
    public static Module parseModule(String source, String filename) { throw new UnsupportedOperationException(); }
    public static Expr parseExpression(String source, String filename) { throw new UnsupportedOperationException(); }
}
