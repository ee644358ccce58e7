package skein.interpreter.translator;

import skein.interpreter.ast.Comprehension;
import skein.interpreter.ast.Expr;
import skein.interpreter.ast.Stmt;

import java.util.List;

/**
 * Where code can suspend. A function body with {@code yield} or {@code yield from} in its own
 * scope is a generator; an expression with any suspension point ({@code await} and awaited
 * async comprehensions too) needs the operands before that point kept across it.
 */
final class Suspension {

    private Suspension() {
    }

    static boolean containsYield(List<Stmt> body) {
        for (Stmt s : body) {
            if (containsYield(s)) {
                return true;
            }
        }
        return false;
    }

    private static boolean containsYield(Stmt stmt) {
        return switch (stmt) {
            case Stmt.FunctionDef f -> anyYield(f.decorators()) || anyYield(f.args().defaults())
                    || anyYield(f.args().kwDefaults());
            case Stmt.ClassDef c -> anyYield(c.decorators()) || anyYield(c.bases());
            case Stmt.Return r -> r.value() != null && containsYield(r.value());
            case Stmt.Delete d -> anyYield(d.targets());
            case Stmt.Assign a -> containsYield(a.value()) || anyYield(a.targets());
            case Stmt.AugAssign a -> containsYield(a.value()) || containsYield(a.target());
            case Stmt.AnnAssign a -> (a.value() != null && containsYield(a.value())) || containsYield(a.target());
            case Stmt.For f -> containsYield(f.iter()) || containsYield(f.target()) || containsYield(f.body())
                    || containsYield(f.orelse());
            case Stmt.While w -> containsYield(w.test()) || containsYield(w.body()) || containsYield(w.orelse());
            case Stmt.If i -> containsYield(i.test()) || containsYield(i.body()) || containsYield(i.orelse());
            case Stmt.With w -> w.items().stream().anyMatch(item -> containsYield(item.contextExpr())
                    || (item.optionalVars() != null && containsYield(item.optionalVars()))) || containsYield(w.body());
            case Stmt.Raise r -> (r.exc() != null && containsYield(r.exc())) || (r.cause() != null && containsYield(r.cause()));
            case Stmt.Try t -> containsYield(t.body()) || containsYield(t.orelse()) || containsYield(t.finalbody())
                    || t.handlers().stream().anyMatch(h -> containsYield(h.body()) || (h.type() != null && containsYield(h.type())));
            case Stmt.Assert a -> containsYield(a.test()) || (a.msg() != null && containsYield(a.msg()));
            case Stmt.ExprStmt e -> containsYield(e.value());
            default -> false;
        };
    }

    private static boolean anyYield(List<Expr> expressions) {
        for (Expr e : expressions) {
            if (e != null && containsYield(e)) {
                return true;
            }
        }
        return false;
    }

    /** Yields inside lambdas and comprehensions belong to those scopes, not this one. */
    static boolean containsYield(Expr expr) {
        return scan(expr, false);
    }

    /** Whether evaluating the expression can suspend its frame: a yield, an await, or an awaited async comprehension. */
    static boolean hasSuspensionPoint(Expr expr) {
        return scan(expr, true);
    }

    /**
     * Whether a comprehension is asynchronous: it has an {@code async for}, or awaits in its own
     * scope. A list, set or dict comprehension like that is awaited where it stands; a generator
     * expression like that is an async generator.
     */
    static boolean isAsyncComprehension(List<Comprehension> generators, Expr... elements) {
        for (int i = 0; i < generators.size(); i++) {
            Comprehension g = generators.get(i);
            if (g.isAsync() || (i > 0 && scan(g.iter(), true)) || anyScan(g.ifs(), true)) {
                return true;
            }
        }
        for (Expr e : elements) {
            if (e != null && scan(e, true)) {
                return true;
            }
        }
        return false;
    }

    private static boolean anyScan(List<Expr> expressions, boolean awaits) {
        for (Expr e : expressions) {
            if (e != null && scan(e, awaits)) {
                return true;
            }
        }
        return false;
    }

    private static boolean scan(Expr expr, boolean awaits) {
        return switch (expr) {
            case Expr.Yield y -> true;
            case Expr.YieldFrom y -> true;
            case Expr.Await a -> awaits || scan(a.value(), false);
            case Expr.Lambda l -> anyScan(l.args().defaults(), awaits) || anyScan(l.args().kwDefaults(), awaits);
            case Expr.ListComp c -> scan(c.generators().get(0).iter(), awaits)
                    || (awaits && isAsyncComprehension(c.generators(), c.elt()));
            case Expr.SetComp c -> scan(c.generators().get(0).iter(), awaits)
                    || (awaits && isAsyncComprehension(c.generators(), c.elt()));
            case Expr.DictComp c -> scan(c.generators().get(0).iter(), awaits)
                    || (awaits && isAsyncComprehension(c.generators(), c.key(), c.value()));
            case Expr.GeneratorExp g -> scan(g.generators().get(0).iter(), awaits);
            case Expr.BoolOp b -> anyScan(b.values(), awaits);
            case Expr.NamedExpr n -> scan(n.value(), awaits);
            case Expr.BinOp b -> scan(b.left(), awaits) || scan(b.right(), awaits);
            case Expr.UnaryOp u -> scan(u.operand(), awaits);
            case Expr.IfExp i -> scan(i.test(), awaits) || scan(i.body(), awaits) || scan(i.orelse(), awaits);
            case Expr.DictDisplay d -> anyScan(d.keys(), awaits) || anyScan(d.values(), awaits);
            case Expr.SetDisplay s -> anyScan(s.elts(), awaits);
            case Expr.Compare c -> scan(c.left(), awaits) || anyScan(c.comparators(), awaits);
            case Expr.Call c -> scan(c.func(), awaits) || anyScan(c.args(), awaits)
                    || c.keywords().stream().anyMatch(k -> scan(k.value(), awaits));
            case Expr.FormattedValue f -> scan(f.value(), awaits);
            case Expr.JoinedStr j -> anyScan(j.values(), awaits);
            case Expr.Attribute a -> scan(a.value(), awaits);
            case Expr.Subscript s -> scan(s.value(), awaits) || scan(s.slice(), awaits);
            case Expr.Starred s -> scan(s.value(), awaits);
            case Expr.ListDisplay l -> anyScan(l.elts(), awaits);
            case Expr.TupleDisplay t -> anyScan(t.elts(), awaits);
            case Expr.Slice s -> (s.lower() != null && scan(s.lower(), awaits)) || (s.upper() != null && scan(s.upper(), awaits))
                    || (s.step() != null && scan(s.step(), awaits));
            default -> false;
        };
    }
}
