package skein.interpreter.parser;

import java.util.ArrayList;
import java.util.List;

import skein.interpreter.ast.Expr;

/**
 * What may stand on the left of '=', after 'for' or 'as', or after 'del': finds the part of an
 * expression that cannot (as CPython's parser does, to name it in "cannot assign to function
 * call"), and rebuilds valid targets with the Store or Del context.
 */
final class Targets {

    /** Where a target appears; the rules differ slightly, as in CPython. */
    enum Use { ASSIGN, FOR, DELETE }

    private Targets() {
    }

    /**
     * The innermost part of {@code e} that cannot be a target, or null when all of it can.
     * A Starred part is acceptable except under del.
     */
    static Expr invalidPart(Expr e, Use use) {
        return switch (e) {
            case Expr.TupleDisplay t -> firstInvalid(t.elts(), use);
            case Expr.ListDisplay l -> firstInvalid(l.elts(), use);
            case Expr.Starred s -> use == Use.DELETE ? s : invalidPart(s.value(), use);
            case Expr.Compare c when use == Use.FOR ->
                    c.ops().get(0) == Expr.CmpOp.IN ? invalidPart(c.left(), use) : null;
            case Expr.Name n -> null;
            case Expr.Attribute a -> null;
            case Expr.Subscript s -> null;
            default -> e;
        };
    }

    private static Expr firstInvalid(List<Expr> elts, Use use) {
        for (Expr elt : elts) {
            Expr invalid = invalidPart(elt, use);
            if (invalid != null) {
                return invalid;
            }
        }
        return null;
    }

    /** The same target with the given context everywhere it applies; the target must be valid. */
    static Expr withContext(Expr e, Expr.Ctx ctx) {
        return switch (e) {
            case Expr.Name n -> new Expr.Name(n.pos(), n.id(), ctx);
            case Expr.Attribute a -> new Expr.Attribute(a.pos(), a.value(), a.attr(), ctx);
            case Expr.Subscript s -> new Expr.Subscript(s.pos(), s.value(), s.slice(), ctx);
            case Expr.Starred s -> new Expr.Starred(s.pos(), withContext(s.value(), ctx), ctx);
            case Expr.TupleDisplay t -> new Expr.TupleDisplay(t.pos(), withContext(t.elts(), ctx), ctx);
            case Expr.ListDisplay l -> new Expr.ListDisplay(l.pos(), withContext(l.elts(), ctx), ctx);
            default -> throw new IllegalArgumentException("not a target: " + e);
        };
    }

    private static List<Expr> withContext(List<Expr> elts, Expr.Ctx ctx) {
        List<Expr> out = new ArrayList<>(elts.size());
        for (Expr elt : elts) {
            out.add(withContext(elt, ctx));
        }
        return out;
    }

    /** CPython's name for a kind of expression in error messages ("function call", "literal"...). */
    static String describe(Expr e) {
        return switch (e) {
            case Expr.Attribute a -> "attribute";
            case Expr.Subscript s -> "subscript";
            case Expr.Starred s -> "starred";
            case Expr.Name n -> "name";
            case Expr.ListDisplay l -> "list";
            case Expr.TupleDisplay t -> "tuple";
            case Expr.Lambda l -> "lambda";
            case Expr.Call c -> "function call";
            case Expr.BoolOp b -> "expression";
            case Expr.BinOp b -> "expression";
            case Expr.UnaryOp u -> "expression";
            case Expr.GeneratorExp g -> "generator expression";
            case Expr.Yield y -> "yield expression";
            case Expr.YieldFrom y -> "yield expression";
            case Expr.Await a -> "await expression";
            case Expr.ListComp l -> "list comprehension";
            case Expr.SetComp s -> "set comprehension";
            case Expr.DictComp d -> "dict comprehension";
            case Expr.DictDisplay d -> "dict literal";
            case Expr.SetDisplay s -> "set display";
            case Expr.JoinedStr j -> "f-string expression";
            case Expr.FormattedValue f -> "f-string expression";
            case Expr.Compare c -> "comparison";
            case Expr.IfExp i -> "conditional expression";
            case Expr.NamedExpr n -> "named expression";
            case Expr.Slice s -> "slice";
            case Expr.Constant c -> describeConstant(c.value());
        };
    }

    private static String describeConstant(Object value) {
        if (value == Expr.Singleton.NONE) {
            return "None";
        }
        if (value == Expr.Singleton.ELLIPSIS) {
            return "ellipsis";
        }
        if (value instanceof Boolean b) {
            return b ? "True" : "False";
        }
        return "literal";
    }
}
