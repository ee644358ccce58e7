package skein.interpreter.translator;

import skein.interpreter.ast.Expr;
import skein.interpreter.ast.Stmt;

import java.util.List;

/** Whether a function body suspends ({@code yield} or {@code yield from} in its own scope), which makes it a generator. */
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
            case Stmt.FunctionDef f -> anyYield(f.decorators()) || anyYield(f.args().defaults());
            case Stmt.ClassDef c -> anyYield(c.decorators()) || anyYield(c.bases());
            case Stmt.Return r -> r.value() != null && containsYield(r.value());
            case Stmt.Delete d -> anyYield(d.targets());
            case Stmt.Assign a -> containsYield(a.value()) || anyYield(a.targets());
            case Stmt.AugAssign a -> containsYield(a.value()) || containsYield(a.target());
            case Stmt.AnnAssign a -> a.value() != null && containsYield(a.value());
            case Stmt.For f -> containsYield(f.iter()) || containsYield(f.body()) || containsYield(f.orelse());
            case Stmt.While w -> containsYield(w.test()) || containsYield(w.body()) || containsYield(w.orelse());
            case Stmt.If i -> containsYield(i.test()) || containsYield(i.body()) || containsYield(i.orelse());
            case Stmt.With w -> w.items().stream().anyMatch(item -> containsYield(item.contextExpr())) || containsYield(w.body());
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
        return switch (expr) {
            case Expr.Yield y -> true;
            case Expr.YieldFrom y -> true;
            case Expr.Lambda l -> anyYield(l.args().defaults());
            case Expr.ListComp c -> containsYield(c.generators().get(0).iter());
            case Expr.SetComp c -> containsYield(c.generators().get(0).iter());
            case Expr.DictComp c -> containsYield(c.generators().get(0).iter());
            case Expr.GeneratorExp g -> containsYield(g.generators().get(0).iter());
            case Expr.BoolOp b -> anyYield(b.values());
            case Expr.NamedExpr n -> containsYield(n.value());
            case Expr.BinOp b -> containsYield(b.left()) || containsYield(b.right());
            case Expr.UnaryOp u -> containsYield(u.operand());
            case Expr.IfExp i -> containsYield(i.test()) || containsYield(i.body()) || containsYield(i.orelse());
            case Expr.DictDisplay d -> anyYield(d.keys()) || anyYield(d.values());
            case Expr.SetDisplay s -> anyYield(s.elts());
            case Expr.Await a -> containsYield(a.value());
            case Expr.Compare c -> containsYield(c.left()) || anyYield(c.comparators());
            case Expr.Call c -> containsYield(c.func()) || anyYield(c.args())
                    || c.keywords().stream().anyMatch(k -> containsYield(k.value()));
            case Expr.FormattedValue f -> containsYield(f.value());
            case Expr.JoinedStr j -> anyYield(j.values());
            case Expr.Attribute a -> containsYield(a.value());
            case Expr.Subscript s -> containsYield(s.value()) || containsYield(s.slice());
            case Expr.Starred s -> containsYield(s.value());
            case Expr.ListDisplay l -> anyYield(l.elts());
            case Expr.TupleDisplay t -> anyYield(t.elts());
            case Expr.Slice s -> (s.lower() != null && containsYield(s.lower())) || (s.upper() != null && containsYield(s.upper()))
                    || (s.step() != null && containsYield(s.step()));
            default -> false;
        };
    }
}
