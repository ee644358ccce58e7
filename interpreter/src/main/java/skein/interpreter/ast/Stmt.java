package skein.interpreter.ast;

import java.util.List;

/** Python statements, one record per form of CPython's {@code ast.stmt} that Skein runs. */
public sealed interface Stmt {

    Pos pos();

    /** {@code def} or {@code async def}; {@code returns} is the return annotation or null. */
    record FunctionDef(Pos pos, String name, Arguments args, List<Stmt> body, List<Expr> decorators,
                       Expr returns, boolean isAsync) implements Stmt {}

    record ClassDef(Pos pos, String name, List<Expr> bases, List<Keyword> keywords, List<Stmt> body,
                    List<Expr> decorators) implements Stmt {}

    /** {@code return} or {@code return value}; value is null for a bare return. */
    record Return(Pos pos, Expr value) implements Stmt {}

    record Delete(Pos pos, List<Expr> targets) implements Stmt {}

    /** {@code t0 = t1 = value}: one or more targets. */
    record Assign(Pos pos, List<Expr> targets, Expr value) implements Stmt {}

    record AugAssign(Pos pos, Expr target, Expr.Operator op, Expr value) implements Stmt {}

    /**
     * {@code target: annotation [= value]}; {@code simple} is true when the target is a plain
     * name not in parentheses (it is then recorded in {@code __annotations__}).
     */
    record AnnAssign(Pos pos, Expr target, Expr annotation, Expr value, boolean simple) implements Stmt {}

    record For(Pos pos, Expr target, Expr iter, List<Stmt> body, List<Stmt> orelse, boolean isAsync)
            implements Stmt {}

    record While(Pos pos, Expr test, List<Stmt> body, List<Stmt> orelse) implements Stmt {}

    /** {@code if}; an {@code elif} chain arrives as a nested If alone in {@code orelse}. */
    record If(Pos pos, Expr test, List<Stmt> body, List<Stmt> orelse) implements Stmt {}

    record With(Pos pos, List<WithItem> items, List<Stmt> body, boolean isAsync) implements Stmt {}

    /** {@code raise [exc [from cause]]}; both parts may be null. */
    record Raise(Pos pos, Expr exc, Expr cause) implements Stmt {}

    /** {@code try}; {@code isStar} marks the 3.11 {@code except*} form. */
    record Try(Pos pos, List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orelse,
               List<Stmt> finalbody, boolean isStar) implements Stmt {}

    /** {@code assert test [, msg]}; msg may be null. */
    record Assert(Pos pos, Expr test, Expr msg) implements Stmt {}

    record Import(Pos pos, List<Alias> names) implements Stmt {}

    /**
     * {@code from [.]*module import names}; module is null for {@code from . import x},
     * level counts the leading dots, a single alias named {@code *} is a star import.
     */
    record ImportFrom(Pos pos, String module, List<Alias> names, int level) implements Stmt {}

    record Global(Pos pos, List<String> names) implements Stmt {}

    record Nonlocal(Pos pos, List<String> names) implements Stmt {}

    /** An expression used as a statement. */
    record ExprStmt(Pos pos, Expr value) implements Stmt {}

    record Pass(Pos pos) implements Stmt {}

    record Break(Pos pos) implements Stmt {}

    record Continue(Pos pos) implements Stmt {}
}
