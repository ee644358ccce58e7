package skein.interpreter.parser;

import java.util.List;

import skein.interpreter.ast.Arguments;
import skein.interpreter.ast.Comprehension;
import skein.interpreter.ast.ExceptHandler;
import skein.interpreter.ast.Expr;
import skein.interpreter.ast.Keyword;
import skein.interpreter.ast.Stmt;
import skein.interpreter.ast.WithItem;

/**
 * Visits every node of an AST in source order. Subclasses override {@link #stmt} or
 * {@link #expr} for the nodes they care about and call {@code super} to visit the children.
 */
abstract class AstWalker {

    void stmts(List<Stmt> body) {
        for (Stmt s : body) {
            stmt(s);
        }
    }

    void exprs(List<Expr> list) {
        for (Expr e : list) {
            if (e != null) {
                expr(e);
            }
        }
    }

    void optional(Expr e) {
        if (e != null) {
            expr(e);
        }
    }

    void stmt(Stmt s) {
        switch (s) {
            case Stmt.FunctionDef f -> {
                exprs(f.decorators());
                arguments(f.args());
                optional(f.returns());
                stmts(f.body());
            }
            case Stmt.ClassDef c -> {
                exprs(c.decorators());
                exprs(c.bases());
                keywords(c.keywords());
                stmts(c.body());
            }
            case Stmt.Return r -> optional(r.value());
            case Stmt.Delete d -> exprs(d.targets());
            case Stmt.Assign a -> {
                exprs(a.targets());
                expr(a.value());
            }
            case Stmt.AugAssign a -> {
                expr(a.target());
                expr(a.value());
            }
            case Stmt.AnnAssign a -> {
                expr(a.target());
                expr(a.annotation());
                optional(a.value());
            }
            case Stmt.For f -> {
                expr(f.target());
                expr(f.iter());
                stmts(f.body());
                stmts(f.orelse());
            }
            case Stmt.While w -> {
                expr(w.test());
                stmts(w.body());
                stmts(w.orelse());
            }
            case Stmt.If i -> {
                expr(i.test());
                stmts(i.body());
                stmts(i.orelse());
            }
            case Stmt.With w -> {
                for (WithItem item : w.items()) {
                    expr(item.contextExpr());
                    optional(item.optionalVars());
                }
                stmts(w.body());
            }
            case Stmt.Raise r -> {
                optional(r.exc());
                optional(r.cause());
            }
            case Stmt.Try t -> {
                stmts(t.body());
                for (ExceptHandler handler : t.handlers()) {
                    optional(handler.type());
                    stmts(handler.body());
                }
                stmts(t.orelse());
                stmts(t.finalbody());
            }
            case Stmt.Assert a -> {
                expr(a.test());
                optional(a.msg());
            }
            case Stmt.ExprStmt e -> expr(e.value());
            case Stmt.Import i -> { }
            case Stmt.ImportFrom i -> { }
            case Stmt.Global g -> { }
            case Stmt.Nonlocal n -> { }
            case Stmt.Pass p -> { }
            case Stmt.Break b -> { }
            case Stmt.Continue c -> { }
        }
    }

    void arguments(Arguments args) {
        exprs(args.defaults());
        exprs(args.kwDefaults());
        parameterAnnotations(args.posonlyargs());
        parameterAnnotations(args.args());
        if (args.vararg() != null && args.vararg().annotation() != null) {
            annotation(args.vararg().annotation(), true);
        }
        parameterAnnotations(args.kwonlyargs());
        if (args.kwarg() != null && args.kwarg().annotation() != null) {
            annotation(args.kwarg().annotation(), false);
        }
    }

    private void parameterAnnotations(List<Arguments.Arg> parameters) {
        for (Arguments.Arg arg : parameters) {
            if (arg.annotation() != null) {
                annotation(arg.annotation(), false);
            }
        }
    }

    /** A parameter's annotation; {@code ofVararg} for the one of {@code *args}, which may be starred. */
    void annotation(Expr annotation, boolean ofVararg) {
        expr(annotation);
    }

    void keywords(List<Keyword> keywords) {
        for (Keyword keyword : keywords) {
            expr(keyword.value());
        }
    }

    void comprehensions(List<Comprehension> generators) {
        for (Comprehension generator : generators) {
            expr(generator.target());
            expr(generator.iter());
            exprs(generator.ifs());
        }
    }

    void expr(Expr e) {
        switch (e) {
            case Expr.BoolOp b -> exprs(b.values());
            case Expr.NamedExpr n -> {
                expr(n.target());
                expr(n.value());
            }
            case Expr.BinOp b -> {
                expr(b.left());
                expr(b.right());
            }
            case Expr.UnaryOp u -> expr(u.operand());
            case Expr.Lambda l -> {
                arguments(l.args());
                expr(l.body());
            }
            case Expr.IfExp i -> {
                expr(i.test());
                expr(i.body());
                expr(i.orelse());
            }
            case Expr.DictDisplay d -> {
                for (int i = 0; i < d.keys().size(); i++) {
                    optional(d.keys().get(i));
                    expr(d.values().get(i));
                }
            }
            case Expr.SetDisplay s -> exprs(s.elts());
            case Expr.ListComp c -> {
                expr(c.elt());
                comprehensions(c.generators());
            }
            case Expr.SetComp c -> {
                expr(c.elt());
                comprehensions(c.generators());
            }
            case Expr.DictComp c -> {
                expr(c.key());
                expr(c.value());
                comprehensions(c.generators());
            }
            case Expr.GeneratorExp c -> {
                expr(c.elt());
                comprehensions(c.generators());
            }
            case Expr.Await a -> expr(a.value());
            case Expr.Yield y -> optional(y.value());
            case Expr.YieldFrom y -> expr(y.value());
            case Expr.Compare c -> {
                expr(c.left());
                exprs(c.comparators());
            }
            case Expr.Call c -> {
                expr(c.func());
                exprs(c.args());
                keywords(c.keywords());
            }
            case Expr.FormattedValue f -> {
                expr(f.value());
                optional(f.formatSpec());
            }
            case Expr.JoinedStr j -> exprs(j.values());
            case Expr.Constant c -> { }
            case Expr.Attribute a -> expr(a.value());
            case Expr.Subscript s -> {
                expr(s.value());
                expr(s.slice());
            }
            case Expr.Starred s -> expr(s.value());
            case Expr.Name n -> { }
            case Expr.ListDisplay l -> exprs(l.elts());
            case Expr.TupleDisplay t -> exprs(t.elts());
            case Expr.Slice s -> {
                optional(s.lower());
                optional(s.upper());
                optional(s.step());
            }
        }
    }
}
