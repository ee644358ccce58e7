package skein.interpreter.parser;

import java.util.ArrayList;
import java.util.List;

import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.TerminalNode;

import skein.grammar.PythonLexer;
import skein.grammar.PythonParser.*;
import skein.interpreter.ast.Arguments;
import skein.interpreter.ast.Expr;
import skein.interpreter.ast.Pos;

/**
 * Reads a parameter list in order, checking what the grammar leaves open: '/' and '*' at
 * most once and in that order, '**' last, defaults not followed by plain parameters.
 */
final class ParameterList {

    private final AstBuilder builder;
    private final List<Token> tokens;

    private final List<Arguments.Arg> positional = new ArrayList<>();
    private List<Arguments.Arg> positionalOnly = List.of();
    private final List<Expr> defaults = new ArrayList<>();
    private Arguments.Arg vararg;
    private final List<Arguments.Arg> keywordOnly = new ArrayList<>();
    private final List<Expr> keywordDefaults = new ArrayList<>();
    private Arguments.Arg kwarg;
    private boolean seenSlash;
    private boolean seenStar;
    private Token bareStar;
    /**
     * Where to report a bare '*' with nothing after it: at the '*' in a def, and in a lambda
     * at the token the parser was on, as CPython does.
     */
    private final boolean lambda;

    ParameterList(AstBuilder builder, List<Token> tokens, ParametersContext ctx) {
        this.builder = builder;
        this.tokens = tokens;
        lambda = false;
        for (ParameterContext parameter : ctx.parameter()) {
            switch (parameter) {
                case PlainParameterContext p -> plain(p.NAME().getSymbol(),
                        p.COLON() == null ? null : builder.expression(p.expression(0)),
                        p.EQUAL() == null ? null : p.expression(p.expression().size() - 1), builder.pos(p.NAME().getSymbol(),
                                p.COLON() == null ? p.NAME().getSymbol() : p.expression(0).stop));
                case StarParameterContext p -> star(p.STAR().getSymbol(), p.NAME() == null ? null : p.NAME().getSymbol(),
                        p.star_expression() == null ? null : builder.starExpression(p.star_expression()), p.EQUAL(),
                        p.NAME() == null ? null : builder.pos(p.NAME().getSymbol(),
                                p.star_expression() == null ? p.NAME().getSymbol() : p.star_expression().stop));
                case DoubleStarParameterContext p -> doubleStar(p.NAME().getSymbol(),
                        p.COLON() == null ? null : builder.expression(p.expression(0)), p.EQUAL(),
                        builder.pos(p.NAME().getSymbol(), p.COLON() == null ? p.NAME().getSymbol() : p.expression(0).stop));
                default -> slash(parameter.start);
            }
        }
        finish();
    }

    ParameterList(AstBuilder builder, List<Token> tokens, Lambda_parametersContext ctx) {
        this.builder = builder;
        this.tokens = tokens;
        lambda = true;
        for (Lambda_parameterContext parameter : ctx.lambda_parameter()) {
            switch (parameter) {
                case PlainLambdaParameterContext p -> plain(p.NAME().getSymbol(), null, p.expression(),
                        builder.pos(p.NAME()));
                case StarLambdaParameterContext p -> star(p.STAR().getSymbol(),
                        p.NAME() == null ? null : p.NAME().getSymbol(), null, p.EQUAL(),
                        p.NAME() == null ? null : builder.pos(p.NAME()));
                case DoubleStarLambdaParameterContext p -> doubleStar(p.NAME().getSymbol(), null, p.EQUAL(),
                        builder.pos(p.NAME()));
                default -> slash(parameter.start);
            }
        }
        finish();
    }

    private void afterKwarg(Token token) {
        if (kwarg != null) {
            throw builder.errorAt(token, "arguments cannot follow var-keyword argument");
        }
    }

    private void plain(Token name, Expr annotation, ExpressionContext defaultCtx, Pos argPos) {
        afterKwarg(name);
        bareStar = null;
        Arguments.Arg arg = new Arguments.Arg(argPos, AstBuilder.identifier(name), annotation);
        Expr defaultValue = defaultCtx == null ? null : builder.expression(defaultCtx);
        if (seenStar) {
            keywordOnly.add(arg);
            keywordDefaults.add(defaultValue);
            return;
        }
        if (defaultValue != null) {
            defaults.add(defaultValue);
        } else if (!defaults.isEmpty()) {
            throw builder.errorAt(argPos, "non-default argument follows default argument");
        }
        positional.add(arg);
    }

    private void slash(Token token) {
        afterKwarg(token);
        if (seenSlash) {
            throw builder.errorAt(token, "/ may appear only once");
        }
        if (seenStar) {
            throw builder.errorAt(token, "/ must be ahead of *");
        }
        if (positional.isEmpty()) {
            throw builder.errorAt(token, "invalid syntax");
        }
        seenSlash = true;
        positionalOnly = List.copyOf(positional);
        positional.clear();
    }

    private void star(Token star, Token name, Expr annotation, TerminalNode equal, Pos argPos) {
        afterKwarg(star);
        if (seenStar) {
            throw builder.errorAt(star, "* argument may appear only once");
        }
        if (equal != null) {
            throw builder.errorAt(equal.getSymbol(), "var-positional argument cannot have default value");
        }
        seenStar = true;
        if (name == null) {
            bareStar = star;
        } else {
            vararg = new Arguments.Arg(argPos, AstBuilder.identifier(name), annotation);
        }
    }

    private void doubleStar(Token name, Expr annotation, TerminalNode equal, Pos argPos) {
        afterKwarg(name);
        if (equal != null) {
            throw builder.errorAt(equal.getSymbol(), "var-keyword argument cannot have default value");
        }
        if (bareStar != null) {
            throw bareStarError();
        }
        kwarg = new Arguments.Arg(argPos, AstBuilder.identifier(name), annotation);
    }

    private void finish() {
        if (bareStar != null) {
            throw bareStarError();
        }
    }

    private PythonSyntaxError bareStarError() {
        Token at = bareStar;
        if (lambda) {
            at = tokens.get(bareStar.getTokenIndex() + 1);
            if (at.getType() == PythonLexer.COMMA) {
                at = tokens.get(at.getTokenIndex() + 1);
            }
        }
        return builder.errorAt(at, "named arguments must follow bare *");
    }

    Arguments build() {
        return new Arguments(positionalOnly, List.copyOf(positional), vararg, List.copyOf(keywordOnly),
                keywordDefaults, kwarg, List.copyOf(defaults));
    }
}
