package skein.interpreter.ast;

/** One item of a {@code with} header: {@code contextExpr [as optionalVars]}. */
public record WithItem(Expr contextExpr, Expr optionalVars) {}
