package skein.interpreter.parser;

import java.util.List;

import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;

import skein.grammar.PythonLexer;
import skein.grammar.PythonParser.*;
import skein.interpreter.ast.Expr;

/**
 * Which error CPython reports for an assignment with a target that cannot be assigned to. Its
 * parser tries several rules in turn, and the first that matches decides the message:
 * "cannot assign to function call here. Maybe you meant '==' instead of '='?", "invalid
 * syntax. Maybe you meant '==' or ':=' instead of '='?", "cannot assign to literal"...
 */
final class AssignmentErrors {

    private final AstBuilder builder;
    private final List<Token> tokens;

    AssignmentErrors(AstBuilder builder, List<Token> tokens) {
        this.builder = builder;
        this.tokens = tokens;
    }

    /**
     * The error for the assignment {@code parts[0] = parts[1] = ...}, whose values are
     * {@code values}: first the "Maybe you meant '=='" forms, which apply when the '=' directly
     * follows the invalid part and a plain operand follows the '=', then the first invalid target.
     */
    PythonSyntaxError of(List<Annotated_rhsContext> parts, List<Expr> values) {
        ParserRuleContext left = lastElementBeforeEqual(parts.get(0));
        if (left != null && operandAfterEqualStandsAlone(parts.get(1))) {
            Expr leftExpr = valueOfElement(left, values.get(0));
            if (isSingleName(left)) {
                return builder.errorAt(builder.pos(left.start, parts.get(1).start),
                        "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
            }
            if (isOperand(left, leftExpr) && !startsWithDisplayOrKeyword(left)) {
                return builder.errorAt(leftExpr.pos(), "cannot assign to " + Targets.describe(leftExpr)
                        + " here. Maybe you meant '==' instead of '='?");
            }
        }
        for (int i = 0; i < values.size() - 1; i++) {
            Expr target = values.get(i);
            if (target instanceof Expr.Yield || target instanceof Expr.YieldFrom) {
                return builder.errorAt(target.pos(), "assignment to yield expression not possible");
            }
            Expr invalid = Targets.invalidPart(target, Targets.Use.ASSIGN);
            if (invalid != null) {
                return builder.errorAt(invalid.pos(), "cannot assign to " + Targets.describe(invalid));
            }
        }
        throw new IllegalStateException("no invalid target");
    }

    /** The element of the first target that the '=' directly follows, or null. */
    private static ParserRuleContext lastElementBeforeEqual(Annotated_rhsContext first) {
        Star_expressionsContext list = first.star_expressions();
        if (list == null) {
            return null;
        }
        int n = list.star_expression().size();
        if (list.COMMA().size() >= n) {
            return null;  // a trailing comma stands between
        }
        return list.star_expression(n - 1);
    }

    /** The expression of {@code element}, an element of the first target, whose value is {@code whole}. */
    private static Expr valueOfElement(ParserRuleContext element, Expr whole) {
        if (whole instanceof Expr.TupleDisplay t && element.getParent().start.getType() != PythonLexer.LPAR) {
            return t.elts().get(t.elts().size() - 1);
        }
        return whole;
    }

    /** True when the value after '=' begins with a plain operand not followed by '=' or ':='. */
    private boolean operandAfterEqualStandsAlone(Annotated_rhsContext value) {
        Bitwise_orContext operand = leadingOperand(value);
        if (operand == null) {
            return false;
        }
        int next = tokens.get(operand.stop.getTokenIndex() + 1).getType();
        return next != PythonLexer.EQUAL && next != PythonLexer.COLONEQUAL;
    }

    private static boolean isSingleName(ParserRuleContext ctx) {
        return ctx.start == ctx.stop && ctx.start.getType() == PythonLexer.NAME;
    }

    /** Whether the element is a plain operand (what CPython's grammar calls a bitwise_or). */
    private static boolean isOperand(ParserRuleContext element, Expr e) {
        if (element.start.getType() == PythonLexer.LPAR || element.start.getType() == PythonLexer.STAR) {
            return element.start.getType() == PythonLexer.LPAR && !(e instanceof Expr.TupleDisplay)
                    && !(e instanceof Expr.GeneratorExp);
        }
        return switch (e) {
            case Expr.Compare c -> false;
            case Expr.BoolOp b -> false;
            case Expr.IfExp i -> false;
            case Expr.Lambda l -> false;
            case Expr.Starred s -> false;
            case Expr.NamedExpr n -> false;
            case Expr.UnaryOp u -> u.op() != Expr.UnaryOpKind.NOT;
            default -> true;
        };
    }

    /**
     * CPython skips its "Maybe you meant" check for targets that start with a list or tuple
     * display, a generator expression, or True, False or None.
     */
    private static boolean startsWithDisplayOrKeyword(ParserRuleContext element) {
        ParseTree first = element;
        while (first instanceof ParserRuleContext ctx && !(ctx instanceof AtomContext) && ctx.getChildCount() > 0) {
            first = ctx.getChild(0);
        }
        return switch (first) {
            case ListAtomContext list -> list.elements() == null || list.elements().comprehension() == null;
            case ParenAtomContext paren -> paren.yield_expr() == null && (paren.elements() == null
                    || paren.elements().comprehension() != null || !paren.elements().COMMA().isEmpty());
            case ConstantAtomContext constant -> constant.ELLIPSIS() == null;
            default -> false;
        };
    }

    /** The operand (bitwise_or) an expression begins with, when it begins with one. */
    private static Bitwise_orContext leadingOperand(Annotated_rhsContext ctx) {
        if (ctx.star_expressions() == null) {
            return null;
        }
        ExpressionContext expression = ctx.star_expressions().star_expression(0).expression();
        if (expression == null || expression.disjunction().isEmpty()
                || expression.start != expression.disjunction(0).start) {
            return null;
        }
        InversionContext inversion = expression.disjunction(0).inversion(0);
        return inversion.NOT().isEmpty() ? inversion.comparison().bitwise_or(0) : null;
    }
}
