package skein.interpreter.parser;

import java.io.ByteArrayOutputStream;
import java.text.Normalizer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

import skein.grammar.PythonLexer;
import skein.grammar.PythonParser.*;
import skein.grammar.PythonToken;
import skein.interpreter.ast.Alias;
import skein.interpreter.ast.Arguments;
import skein.interpreter.ast.Comprehension;
import skein.interpreter.ast.ExceptHandler;
import skein.interpreter.ast.Expr;
import skein.interpreter.ast.Keyword;
import skein.interpreter.ast.Pos;
import skein.interpreter.ast.Stmt;
import skein.interpreter.ast.WithItem;

/**
 * Turns the parse tree into the AST, with CPython's positions on every node, and rejects what
 * the grammar lets through but Python does not ("cannot assign to literal", "positional argument
 * follows keyword argument", malformed string escapes, f-string errors...) with CPython's
 * messages and locations.
 */
final class AstBuilder {

    /** Parses the expression of an f-string replacement field. */
    interface FieldParser {
        Expr parse(String wrappedExpression, PositionMap map);
    }

    private final SourceText source;
    private final List<Token> tokens;
    private final PositionMap map;
    private final FieldParser fieldParser;

    AstBuilder(SourceText source, List<Token> tokens, PositionMap map, FieldParser fieldParser) {
        this.source = source;
        this.tokens = tokens;
        this.map = map;
        this.fieldParser = fieldParser;
    }

    // ---- entry points ---------------------------------------------------------------------

    /**
     * Builds a statement, expression or parameter list parsed before a syntax error, only for
     * the errors it raises, which come before the syntax error in CPython.
     */
    void check(ParserRuleContext ctx) {
        switch (ctx) {
            case StatementContext statement -> statement(statement, new ArrayList<>());
            case ExpressionContext expression -> expression(expression);
            case AtomContext atom -> atom(atom);
            case KeywordArgumentContext keyword -> keywordArgument(keyword);
            case ParametersContext parameters -> new ParameterList(this, tokens, parameters).build();
            case Lambda_parametersContext parameters -> new ParameterList(this, tokens, parameters).build();
            default -> throw new IllegalArgumentException("cannot check " + ctx.getClass());
        }
    }

    Expr eval(Eval_inputContext ctx) {
        return expressions(ctx.expressions());
    }

    Expr field(Fstring_inputContext ctx) {
        return starExpressions(ctx.star_expressions());
    }

    // ---- positions and errors -------------------------------------------------------------

    Pos pos(Token start, Token stop) {
        PythonToken first = (PythonToken) start;
        PythonToken last = (PythonToken) stop;
        return map.pos(first.getLine(), first.getCharPositionInLine(), last.getEndLine(), last.getEndColumn());
    }

    private Pos pos(ParserRuleContext ctx) {
        return pos(ctx.start, ctx.stop);
    }

    private Pos pos(ParserRuleContext first, ParserRuleContext last) {
        return pos(first.start, last.stop);
    }

    Pos pos(TerminalNode node) {
        return pos(node.getSymbol(), node.getSymbol());
    }

    PythonSyntaxError errorAt(Pos p, String msg) {
        return map.error(source, PythonSyntaxError.Kind.SYNTAX_ERROR, msg, p.line(), p.col() + 1, p.endLine(),
                p.endCol() + 1);
    }

    PythonSyntaxError errorAt(Token token, String msg) {
        return errorAt(pos(token, token), msg);
    }

    /** CPython reports some errors at the token after the construct, the last one its parser read. */
    private PythonSyntaxError errorAfter(ParserRuleContext ctx, String msg) {
        return errorAt(tokens.get(ctx.stop.getTokenIndex() + 1), msg);
    }

    static String identifier(Token name) {
        String text = name.getText();
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 128) {
                return Normalizer.normalize(text, Normalizer.Form.NFKC);
            }
        }
        return text;
    }

    // ---- statements -----------------------------------------------------------------------

    /** Adds the statements of {@code ctx} (one, or several separated by ';') to {@code out}. */
    void statement(StatementContext ctx, List<Stmt> out) {
        if (ctx.compound_stmt() != null) {
            out.add(compound(ctx.compound_stmt()));
        } else {
            simpleStatements(ctx.simple_stmts(), out);
        }
    }

    private void simpleStatements(Simple_stmtsContext ctx, List<Stmt> out) {
        for (Simple_stmtContext statement : ctx.simple_stmt()) {
            out.add(simpleStatement(statement));
        }
    }

    private List<Stmt> block(BlockContext ctx) {
        List<Stmt> body = new ArrayList<>();
        if (ctx.simple_stmts() != null) {
            simpleStatements(ctx.simple_stmts(), body);
        } else {
            for (StatementContext statement : ctx.statement()) {
                statement(statement, body);
            }
        }
        return body;
    }

    /**
     * A compound statement's span: from {@code start} to the last token of {@code ctx} that is
     * not a NEWLINE, INDENT or DEDENT (a ';' ending its last line included, as in CPython).
     */
    private Pos through(Token start, ParserRuleContext ctx) {
        int last = ctx.stop.getTokenIndex();
        while (isLayout(tokens.get(last).getType())) {
            last--;
        }
        return pos(start, tokens.get(last));
    }

    private static boolean isLayout(int type) {
        return type == PythonLexer.NEWLINE || type == PythonLexer.INDENT || type == PythonLexer.DEDENT;
    }

    private Stmt simpleStatement(Simple_stmtContext ctx) {
        Pos p = pos(ctx);
        return switch (ctx) {
            case ExpressionStatementContext c -> exprStatement(c.expr_stmt());
            case ReturnStatementContext c ->
                    new Stmt.Return(p, c.star_expressions() == null ? null : starExpressions(c.star_expressions()));
            case ImportStatementContext c -> importStatement(c.import_stmt());
            case RaiseStatementContext c -> new Stmt.Raise(p,
                    c.expression().isEmpty() ? null : expression(c.expression(0)),
                    c.expression().size() < 2 ? null : expression(c.expression(1)));
            case PassStatementContext c -> new Stmt.Pass(p);
            case DelStatementContext c -> deleteStatement(c, p);
            case AssertStatementContext c -> new Stmt.Assert(p, expression(c.expression(0)),
                    c.expression().size() < 2 ? null : expression(c.expression(1)));
            case BreakStatementContext c -> new Stmt.Break(p);
            case ContinueStatementContext c -> new Stmt.Continue(p);
            case GlobalStatementContext c -> new Stmt.Global(p, names(c.NAME()));
            case NonlocalStatementContext c -> new Stmt.Nonlocal(p, names(c.NAME()));
            default -> throw new IllegalStateException("unknown statement " + ctx.getClass());
        };
    }

    private static List<String> names(List<TerminalNode> nodes) {
        List<String> names = new ArrayList<>(nodes.size());
        for (TerminalNode node : nodes) {
            names.add(identifier(node.getSymbol()));
        }
        return names;
    }

    private Stmt deleteStatement(DelStatementContext ctx, Pos p) {
        Star_expressionsContext list = ctx.star_expressions();
        List<Expr> targets = new ArrayList<>();
        if (list.COMMA().isEmpty()) {
            targets.add(starExpression(list.star_expression(0)));
        } else {
            for (Star_expressionContext element : list.star_expression()) {
                targets.add(starExpression(element));
            }
        }
        List<Expr> stored = new ArrayList<>(targets.size());
        for (Expr target : targets) {
            Expr invalid = Targets.invalidPart(target, Targets.Use.DELETE);
            if (invalid != null) {
                throw errorAt(invalid.pos(), "cannot delete " + Targets.describe(invalid));
            }
            stored.add(Targets.withContext(target, Expr.Ctx.DEL));
        }
        return new Stmt.Delete(p, stored);
    }

    // ---- assignments ----------------------------------------------------------------------

    private Stmt exprStatement(Expr_stmtContext ctx) {
        Pos p = pos(ctx);
        List<Annotated_rhsContext> parts = ctx.annotated_rhs();
        if (ctx.COLON() != null) {
            return annotatedAssignment(ctx, p);
        }
        if (ctx.augassign() != null) {
            Expr target = annotatedRhs(parts.get(0));
            if (!(target instanceof Expr.Name || target instanceof Expr.Attribute || target instanceof Expr.Subscript)) {
                throw errorAt(target.pos(), "'" + Targets.describe(target)
                        + "' is an illegal expression for augmented assignment");
            }
            return new Stmt.AugAssign(p, Targets.withContext(target, Expr.Ctx.STORE),
                    augmentedOperator(ctx.augassign().start), annotatedRhs(parts.get(1)));
        }
        if (parts.size() == 1) {
            return new Stmt.ExprStmt(p, annotatedRhs(parts.get(0)));
        }
        List<Expr> values = new ArrayList<>(parts.size());
        for (Annotated_rhsContext part : parts) {
            values.add(annotatedRhs(part));
        }
        List<Expr> targets = new ArrayList<>(values.size() - 1);
        for (int i = 0; i < values.size() - 1; i++) {
            Expr target = values.get(i);
            if (target instanceof Expr.Yield || target instanceof Expr.YieldFrom
                    || Targets.invalidPart(target, Targets.Use.ASSIGN) != null) {
                throw new AssignmentErrors(this, tokens).of(parts, values);
            }
            targets.add(Targets.withContext(target, Expr.Ctx.STORE));
        }
        return new Stmt.Assign(p, targets, values.get(values.size() - 1));
    }

    private Stmt annotatedAssignment(Expr_stmtContext ctx, Pos p) {
        Annotated_rhsContext targetCtx = ctx.annotated_rhs(0);
        Expr target = annotatedRhs(targetCtx);
        Star_expressionsContext list = targetCtx.star_expressions();
        if (list != null && !list.COMMA().isEmpty()) {
            throw errorAt(starExpression(list.star_expression(0)).pos(),
                    "only single target (not tuple) can be annotated");
        }
        boolean simple = target instanceof Expr.Name && targetCtx.start.getType() != PythonLexer.LPAR;
        if (!(target instanceof Expr.Name || target instanceof Expr.Attribute || target instanceof Expr.Subscript)) {
            throw switch (target) {
                case Expr.TupleDisplay t -> errorAt(t.pos(), "only single target (not tuple) can be annotated");
                case Expr.ListDisplay l -> errorAt(l.pos(), "only single target (not list) can be annotated");
                default -> errorAt(target.pos(), "illegal target for annotation");
            };
        }
        Expr annotation = expression(ctx.expression());
        Expr value = ctx.annotated_rhs().size() > 1 ? annotatedRhs(ctx.annotated_rhs(1)) : null;
        return new Stmt.AnnAssign(p, Targets.withContext(target, Expr.Ctx.STORE), annotation, value, simple);
    }

    private static Expr.Operator augmentedOperator(Token token) {
        return switch (token.getType()) {
            case PythonLexer.PLUSEQUAL -> Expr.Operator.ADD;
            case PythonLexer.MINEQUAL -> Expr.Operator.SUB;
            case PythonLexer.STAREQUAL -> Expr.Operator.MULT;
            case PythonLexer.ATEQUAL -> Expr.Operator.MATMULT;
            case PythonLexer.SLASHEQUAL -> Expr.Operator.DIV;
            case PythonLexer.PERCENTEQUAL -> Expr.Operator.MOD;
            case PythonLexer.AMPEREQUAL -> Expr.Operator.BITAND;
            case PythonLexer.VBAREQUAL -> Expr.Operator.BITOR;
            case PythonLexer.CIRCUMFLEXEQUAL -> Expr.Operator.BITXOR;
            case PythonLexer.LEFTSHIFTEQUAL -> Expr.Operator.LSHIFT;
            case PythonLexer.RIGHTSHIFTEQUAL -> Expr.Operator.RSHIFT;
            case PythonLexer.DOUBLESTAREQUAL -> Expr.Operator.POW;
            default -> Expr.Operator.FLOORDIV;
        };
    }

    Expr annotatedRhs(Annotated_rhsContext ctx) {
        return ctx.yield_expr() != null ? yieldExpression(ctx.yield_expr()) : starExpressions(ctx.star_expressions());
    }

    // ---- imports --------------------------------------------------------------------------

    private Stmt importStatement(Import_stmtContext ctx) {
        Pos p = pos(ctx);
        return switch (ctx) {
            case ImportNameContext c -> {
                List<Alias> names = new ArrayList<>();
                for (Dotted_as_nameContext name : c.dotted_as_name()) {
                    names.add(new Alias(pos(name), dottedName(name.dotted_name()),
                            name.NAME() == null ? null : identifier(name.NAME().getSymbol())));
                }
                yield new Stmt.Import(p, names);
            }
            case ImportFromModuleContext c ->
                    new Stmt.ImportFrom(p, dottedName(c.dotted_name()), importTargets(c.import_targets()),
                            level(c.DOT(), c.ELLIPSIS()));
            case ImportFromPackageContext c ->
                    new Stmt.ImportFrom(p, null, importTargets(c.import_targets()), level(c.DOT(), c.ELLIPSIS()));
            default -> throw new IllegalStateException("unknown import " + ctx.getClass());
        };
    }

    private static int level(List<TerminalNode> dots, List<TerminalNode> ellipses) {
        return dots.size() + 3 * ellipses.size();
    }

    private static String dottedName(Dotted_nameContext ctx) {
        List<TerminalNode> parts = ctx.NAME();
        if (parts.size() == 1) {
            return identifier(parts.get(0).getSymbol());
        }
        StringBuilder name = new StringBuilder();
        for (TerminalNode part : parts) {
            if (!name.isEmpty()) {
                name.append('.');
            }
            name.append(identifier(part.getSymbol()));
        }
        return name.toString();
    }

    private List<Alias> importTargets(Import_targetsContext ctx) {
        if (ctx.STAR() != null) {
            return List.of(new Alias(pos(ctx.STAR()), "*", null));
        }
        if (ctx.LPAR() == null && ctx.COMMA().size() >= ctx.import_as_name().size()) {
            throw errorAfter(ctx, "trailing comma not allowed without surrounding parentheses");
        }
        List<Alias> names = new ArrayList<>();
        for (Import_as_nameContext name : ctx.import_as_name()) {
            names.add(new Alias(pos(name), identifier(name.NAME(0).getSymbol()),
                    name.NAME().size() > 1 ? identifier(name.NAME(1).getSymbol()) : null));
        }
        return names;
    }

    // ---- compound statements --------------------------------------------------------------

    private Stmt compound(Compound_stmtContext ctx) {
        if (ctx.function_def() != null) {
            return functionDef(ctx.function_def(), List.of());
        }
        if (ctx.class_def() != null) {
            return classDef(ctx.class_def(), List.of());
        }
        if (ctx.decorated() != null) {
            DecoratedContext d = ctx.decorated();
            List<Expr> decorators = new ArrayList<>();
            for (DecoratorContext decorator : d.decorator()) {
                decorators.add(namedExpression(decorator.named_expression()));
            }
            return d.function_def() != null ? functionDef(d.function_def(), decorators)
                    : classDef(d.class_def(), decorators);
        }
        if (ctx.if_stmt() != null) {
            return ifStatement(ctx.if_stmt());
        }
        if (ctx.while_stmt() != null) {
            While_stmtContext c = ctx.while_stmt();
            List<Stmt> body = block(c.block());
            List<Stmt> orelse = c.else_block() == null ? List.of() : block(c.else_block().block());
            return new Stmt.While(through(c.start, c), namedExpression(c.named_expression()),
                    body, orelse);
        }
        if (ctx.for_stmt() != null) {
            return forStatement(ctx.for_stmt());
        }
        if (ctx.with_stmt() != null) {
            return withStatement(ctx.with_stmt());
        }
        return tryStatement(ctx.try_stmt());
    }

    private Stmt functionDef(Function_defContext ctx, List<Expr> decorators) {
        Arguments args = ctx.parameters() == null ? Arguments.EMPTY : new ParameterList(this, tokens, ctx.parameters()).build();
        Expr returns = ctx.expression() == null ? null : expression(ctx.expression());
        List<Stmt> body = block(ctx.block());
        return new Stmt.FunctionDef(through(ctx.start, ctx), identifier(ctx.NAME().getSymbol()), args, body,
                decorators, returns, ctx.ASYNC() != null);
    }

    private Stmt classDef(Class_defContext ctx, List<Expr> decorators) {
        CallArguments arguments = ctx.arguments() == null ? CallArguments.NONE
                : callArguments(ctx.arguments(), ctx.RPAR().getSymbol());
        List<Stmt> body = block(ctx.block());
        return new Stmt.ClassDef(through(ctx.start, ctx), identifier(ctx.NAME().getSymbol()), arguments.args,
                arguments.keywords, body, decorators);
    }

    private Stmt ifStatement(If_stmtContext ctx) {
        List<Stmt> body = block(ctx.block());
        List<Stmt> orelse = ctx.else_block() == null ? List.of() : block(ctx.else_block().block());
        // Build the elif chain from the inside out: each elif is an If alone in its parent's orelse.
        List<Elif_clauseContext> elifs = ctx.elif_clause();
        for (int i = elifs.size() - 1; i >= 0; i--) {
            Elif_clauseContext elif = elifs.get(i);
            List<Stmt> elifBody = block(elif.block());
            Stmt nested = new Stmt.If(through(elif.start, ctx),
                    namedExpression(elif.named_expression()), elifBody, orelse);
            orelse = List.of(nested);
        }
        return new Stmt.If(through(ctx.start, ctx),
                namedExpression(ctx.named_expression()), body, orelse);
    }

    private Stmt forStatement(For_stmtContext ctx) {
        Expr target = assignmentTarget(starTargets(ctx.star_targets()), Targets.Use.FOR);
        Expr iter = starExpressions(ctx.star_expressions());
        List<Stmt> body = block(ctx.block());
        List<Stmt> orelse = ctx.else_block() == null ? List.of() : block(ctx.else_block().block());
        return new Stmt.For(through(ctx.start, ctx), target, iter, body, orelse,
                ctx.ASYNC() != null);
    }

    private Expr assignmentTarget(Expr target, Targets.Use use) {
        Expr invalid = Targets.invalidPart(target, use);
        if (invalid != null) {
            throw errorAt(invalid.pos(), "cannot assign to " + Targets.describe(invalid));
        }
        return Targets.withContext(target, Expr.Ctx.STORE);
    }

    private Stmt withStatement(With_stmtContext ctx) {
        List<WithItem> items = new ArrayList<>();
        for (With_itemContext item : ctx.with_item()) {
            Expr context = expression(item.expression());
            Expr vars = item.star_target() == null ? null
                    : assignmentTarget(starTarget(item.star_target()), Targets.Use.ASSIGN);
            items.add(new WithItem(context, vars));
        }
        List<Stmt> body = block(ctx.block());
        return new Stmt.With(through(ctx.start, ctx), items, body, ctx.ASYNC() != null);
    }

    private Stmt tryStatement(Try_stmtContext ctx) {
        List<Stmt> body = block(ctx.block());
        List<ExceptHandler> handlers = new ArrayList<>();
        Boolean star = null;
        for (Except_clauseContext clause : ctx.except_clause()) {
            boolean isStar = clause.STAR() != null;
            if (star != null && star != isStar) {
                throw errorAt(pos(clause.start, isStar ? clause.STAR().getSymbol() : clause.start),
                        "cannot have both 'except' and 'except*' on the same 'try'");
            }
            star = isStar;
            handlers.add(exceptHandler(clause));
        }
        List<Stmt> orelse = ctx.else_block() == null ? List.of() : block(ctx.else_block().block());
        List<Stmt> finalbody = ctx.finally_block() == null ? List.of() : block(ctx.finally_block().block());
        return new Stmt.Try(through(ctx.start, ctx), body, handlers, orelse, finalbody, star != null && star);
    }

    private ExceptHandler exceptHandler(Except_clauseContext ctx) {
        List<ExpressionContext> types = ctx.expression();
        if (types.isEmpty() && ctx.STAR() != null) {
            throw errorAt(ctx.COLON().getSymbol(), "expected one or more exception types");
        }
        if (types.size() > 1 || !ctx.COMMA().isEmpty()) {
            throw errorAt(pos(types.get(0), types.get(types.size() - 1)),
                    "multiple exception types must be parenthesized");
        }
        Expr type = types.isEmpty() ? null : expression(types.get(0));
        String name = ctx.NAME() == null ? null : identifier(ctx.NAME().getSymbol());
        List<Stmt> body = block(ctx.block());
        return new ExceptHandler(through(ctx.start, ctx), type, name, body);
    }

    // ---- expressions ----------------------------------------------------------------------

    private Expr expressions(ExpressionsContext ctx) {
        List<ExpressionContext> elements = ctx.expression();
        if (elements.size() == 1 && ctx.COMMA().isEmpty()) {
            return expression(elements.get(0));
        }
        List<Expr> elts = new ArrayList<>(elements.size());
        for (ExpressionContext element : elements) {
            elts.add(expression(element));
        }
        return new Expr.TupleDisplay(pos(ctx), elts, Expr.Ctx.LOAD);
    }

    Expr expression(ExpressionContext ctx) {
        if (ctx.lambdef() != null && ctx.disjunction().isEmpty()) {
            return lambda(ctx.lambdef(0));
        }
        // body0 if test0 else body1 if test1 else ... else last: nest from the right.
        List<DisjunctionContext> parts = ctx.disjunction();
        if (parts.size() == 1 && ctx.lambdef().isEmpty()) {
            return disjunction(parts.get(0));
        }
        List<ParserRuleContext> bodies = new ArrayList<>();
        List<DisjunctionContext> tests = new ArrayList<>();
        List<TerminalNode> ifs = ctx.IF();
        LambdefContext lambdaElse = ctx.lambdef().isEmpty() ? null : ctx.lambdef(0);
        bodies.add(parts.get(0));
        int k = 1;
        for (int i = 0; i < ifs.size(); i++) {
            tests.add(parts.get(k++));
            boolean last = i == ifs.size() - 1;
            bodies.add(last && lambdaElse != null && ctx.stop == lambdaElse.stop ? lambdaElse : parts.get(k++));
        }
        ParserRuleContext lastCtx = bodies.get(bodies.size() - 1);
        Expr result = branch(lastCtx);
        for (int i = tests.size() - 1; i >= 0; i--) {
            ParserRuleContext bodyCtx = bodies.get(i);
            result = new Expr.IfExp(pos(bodyCtx.start, lastCtx.stop), disjunction(tests.get(i)), branch(bodyCtx), result);
        }
        return result;
    }

    private Expr branch(ParserRuleContext ctx) {
        return ctx instanceof LambdefContext l ? lambda(l) : disjunction((DisjunctionContext) ctx);
    }

    private Expr lambda(LambdefContext ctx) {
        Arguments args = ctx.lambda_parameters() == null ? Arguments.EMPTY
                : new ParameterList(this, tokens, ctx.lambda_parameters()).build();
        return new Expr.Lambda(pos(ctx), args, expression(ctx.expression()));
    }

    private Expr yieldExpression(Yield_exprContext ctx) {
        Pos p = pos(ctx);
        if (ctx.FROM() != null) {
            return new Expr.YieldFrom(p, expression(ctx.expression()));
        }
        return new Expr.Yield(p, ctx.star_expressions() == null ? null : starExpressions(ctx.star_expressions()));
    }

    Expr starExpressions(Star_expressionsContext ctx) {
        List<Star_expressionContext> elements = ctx.star_expression();
        if (elements.size() == 1 && ctx.COMMA().isEmpty()) {
            return starExpression(elements.get(0));
        }
        List<Expr> elts = new ArrayList<>(elements.size());
        for (Star_expressionContext element : elements) {
            elts.add(starExpression(element));
        }
        return new Expr.TupleDisplay(pos(ctx), elts, Expr.Ctx.LOAD);
    }

    Expr starExpression(Star_expressionContext ctx) {
        if (ctx.STAR() != null) {
            return new Expr.Starred(pos(ctx), bitwiseOr(ctx.bitwise_or()), Expr.Ctx.LOAD);
        }
        return expression(ctx.expression());
    }

    private Expr starNamedExpression(Star_named_expressionContext ctx) {
        if (ctx.STAR() != null) {
            return new Expr.Starred(pos(ctx), bitwiseOr(ctx.bitwise_or()), Expr.Ctx.LOAD);
        }
        if (ctx.COLONEQUAL() != null) {
            return namedExpression(ctx, ctx.NAME().getSymbol(), ctx.expression());
        }
        return expression(ctx.expression());
    }

    private Expr namedExpression(Named_expressionContext ctx) {
        if (ctx.COLONEQUAL() != null) {
            return namedExpression(ctx, ctx.NAME().getSymbol(), ctx.expression());
        }
        return expression(ctx.expression());
    }

    private Expr namedExpression(ParserRuleContext ctx, Token name, ExpressionContext value) {
        return new Expr.NamedExpr(pos(ctx), new Expr.Name(pos(name, name), identifier(name), Expr.Ctx.STORE),
                expression(value));
    }

    /** {@code a and b or c}: 'and' groups first, each group one BoolOp, then 'or' joins the groups. */
    private Expr disjunction(DisjunctionContext ctx) {
        List<InversionContext> parts = ctx.inversion();
        if (parts.size() == 1) {
            return inversion(parts.get(0));
        }
        List<Expr> alternatives = new ArrayList<>();
        int groupStart = 0;
        for (int i = 1; i <= parts.size(); i++) {
            if (i < parts.size() && tokens.get(parts.get(i).start.getTokenIndex() - 1).getType() == PythonLexer.AND) {
                continue;
            }
            if (i - groupStart == 1) {
                alternatives.add(inversion(parts.get(groupStart)));
            } else {
                List<Expr> values = new ArrayList<>(i - groupStart);
                for (int k = groupStart; k < i; k++) {
                    values.add(inversion(parts.get(k)));
                }
                alternatives.add(new Expr.BoolOp(pos(parts.get(groupStart), parts.get(i - 1)), Expr.BoolOpKind.AND,
                        values));
            }
            groupStart = i;
        }
        return alternatives.size() == 1 ? alternatives.get(0)
                : new Expr.BoolOp(pos(ctx), Expr.BoolOpKind.OR, alternatives);
    }

    private Expr inversion(InversionContext ctx) {
        Expr result = comparison(ctx.comparison());
        List<TerminalNode> nots = ctx.NOT();
        for (int i = nots.size() - 1; i >= 0; i--) {
            result = new Expr.UnaryOp(pos(nots.get(i).getSymbol(), ctx.stop), Expr.UnaryOpKind.NOT, result);
        }
        return result;
    }

    private Expr comparison(ComparisonContext ctx) {
        List<Bitwise_orContext> operands = ctx.bitwise_or();
        Expr left = bitwiseOr(operands.get(0));
        if (operands.size() == 1) {
            return left;
        }
        List<Comp_opContext> operators = ctx.comp_op();
        List<Expr.CmpOp> ops = new ArrayList<>(operators.size());
        List<Expr> comparators = new ArrayList<>(operators.size());
        for (int i = 0; i < operators.size(); i++) {
            ops.add(comparisonOperator(operators.get(i)));
            comparators.add(bitwiseOr(operands.get(i + 1)));
        }
        return new Expr.Compare(pos(ctx), left, ops, comparators);
    }

    private static Expr.CmpOp comparisonOperator(Comp_opContext ctx) {
        return switch (ctx.start.getType()) {
            case PythonLexer.EQEQUAL -> Expr.CmpOp.EQ;
            case PythonLexer.NOTEQUAL -> Expr.CmpOp.NOT_EQ;
            case PythonLexer.LESS -> Expr.CmpOp.LT;
            case PythonLexer.LESSEQUAL -> Expr.CmpOp.LT_E;
            case PythonLexer.GREATER -> Expr.CmpOp.GT;
            case PythonLexer.GREATEREQUAL -> Expr.CmpOp.GT_E;
            case PythonLexer.IN -> Expr.CmpOp.IN;
            case PythonLexer.NOT -> Expr.CmpOp.NOT_IN;
            default -> ctx.NOT() != null ? Expr.CmpOp.IS_NOT : Expr.CmpOp.IS;
        };
    }

    /** An operand of a binary operator, with the tokens it spans (parentheses included). */
    private record Operand(Expr expr, Token start, Token stop) {}

    /**
     * The flat list {@code f0 op1 f1 op2 f2 ...} nested by operator precedence (all left
     * associative), with an explicit stack so that long chains need no deep recursion.
     */
    Expr bitwiseOr(Bitwise_orContext ctx) {
        List<FactorContext> factors = ctx.factor();
        if (factors.size() == 1) {
            return factor(factors.get(0));
        }
        List<Binary_opContext> ops = ctx.binary_op();
        ArrayDeque<Operand> operands = new ArrayDeque<>();
        ArrayDeque<Token> operators = new ArrayDeque<>();
        operands.push(new Operand(factor(factors.get(0)), factors.get(0).start, factors.get(0).stop));
        for (int i = 0; i < ops.size(); i++) {
            Token op = ops.get(i).start;
            while (!operators.isEmpty() && precedence(operators.peek()) >= precedence(op)) {
                reduce(operands, operators);
            }
            operators.push(op);
            FactorContext next = factors.get(i + 1);
            operands.push(new Operand(factor(next), next.start, next.stop));
        }
        while (!operators.isEmpty()) {
            reduce(operands, operators);
        }
        return operands.pop().expr();
    }

    private void reduce(ArrayDeque<Operand> operands, ArrayDeque<Token> operators) {
        Operand right = operands.pop();
        Operand left = operands.pop();
        Expr.BinOp node = new Expr.BinOp(pos(left.start(), right.stop()), left.expr(), binaryOperator(operators.pop()),
                right.expr());
        operands.push(new Operand(node, left.start(), right.stop()));
    }

    private static int precedence(Token op) {
        return switch (op.getType()) {
            case PythonLexer.VBAR -> 1;
            case PythonLexer.CIRCUMFLEX -> 2;
            case PythonLexer.AMPER -> 3;
            case PythonLexer.LEFTSHIFT, PythonLexer.RIGHTSHIFT -> 4;
            case PythonLexer.PLUS, PythonLexer.MINUS -> 5;
            default -> 6;
        };
    }

    private static Expr.Operator binaryOperator(Token op) {
        return switch (op.getType()) {
            case PythonLexer.VBAR -> Expr.Operator.BITOR;
            case PythonLexer.CIRCUMFLEX -> Expr.Operator.BITXOR;
            case PythonLexer.AMPER -> Expr.Operator.BITAND;
            case PythonLexer.LEFTSHIFT -> Expr.Operator.LSHIFT;
            case PythonLexer.RIGHTSHIFT -> Expr.Operator.RSHIFT;
            case PythonLexer.PLUS -> Expr.Operator.ADD;
            case PythonLexer.MINUS -> Expr.Operator.SUB;
            case PythonLexer.STAR -> Expr.Operator.MULT;
            case PythonLexer.SLASH -> Expr.Operator.DIV;
            case PythonLexer.DOUBLESLASH -> Expr.Operator.FLOORDIV;
            case PythonLexer.PERCENT -> Expr.Operator.MOD;
            default -> Expr.Operator.MATMULT;
        };
    }

    private Expr factor(FactorContext ctx) {
        return unaryOperators(ctx.unary_op(), power(ctx.power()), ctx.stop);
    }

    /** Applies prefix operators (the last one innermost); each node ends where the operand ends. */
    private Expr unaryOperators(List<Unary_opContext> ops, Expr operand, Token end) {
        Expr result = operand;
        for (int i = ops.size() - 1; i >= 0; i--) {
            Token op = ops.get(i).start;
            Expr.UnaryOpKind kind = switch (op.getType()) {
                case PythonLexer.PLUS -> Expr.UnaryOpKind.UADD;
                case PythonLexer.MINUS -> Expr.UnaryOpKind.USUB;
                default -> Expr.UnaryOpKind.INVERT;
            };
            result = new Expr.UnaryOp(pos(op, end), kind, result);
        }
        return result;
    }

    /**
     * {@code x0 ** u1 x1 ** u2 x2} (u: prefix operators) means {@code x0 ** (u1 (x1 ** (u2 x2)))}.
     */
    private Expr power(PowerContext ctx) {
        List<Await_primaryContext> operands = ctx.await_primary();
        int n = operands.size();
        if (n == 1) {
            return awaitPrimary(operands.get(0));
        }
        // Group the prefix operators by the operand they precede (operands 1..n-1).
        List<List<Unary_opContext>> prefixes = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            prefixes.add(new ArrayList<>());
        }
        int operand = 1;
        for (Unary_opContext op : ctx.unary_op()) {
            while (op.start.getTokenIndex() > operands.get(operand).start.getTokenIndex()) {
                operand++;
            }
            prefixes.get(operand).add(op);
        }
        Token end = ctx.stop;
        Expr result = unaryOperators(prefixes.get(n - 1), awaitPrimary(operands.get(n - 1)), end);
        for (int i = n - 2; i >= 0; i--) {
            Expr base = awaitPrimary(operands.get(i));
            result = new Expr.BinOp(pos(operands.get(i).start, end), base, Expr.Operator.POW, result);
            if (i > 0) {
                result = unaryOperators(prefixes.get(i), result, end);
            }
        }
        return result;
    }

    private Expr awaitPrimary(Await_primaryContext ctx) {
        Expr value = primary(ctx.primary());
        return ctx.AWAIT() == null ? value : new Expr.Await(pos(ctx), value);
    }

    private Expr primary(PrimaryContext ctx) {
        Expr result = atom(ctx.atom());
        Token start = ctx.start;
        for (TrailerContext trailer : ctx.trailer()) {
            Pos p = pos(start, trailer.stop);
            result = switch (trailer) {
                case AttributeTrailerContext t ->
                        new Expr.Attribute(p, result, identifier(t.NAME().getSymbol()), Expr.Ctx.LOAD);
                case CallTrailerContext t -> {
                    CallArguments arguments = t.arguments() == null ? CallArguments.NONE
                            : callArguments(t.arguments(), t.RPAR().getSymbol());
                    yield new Expr.Call(p, result, arguments.args, arguments.keywords);
                }
                case SubscriptTrailerContext t -> new Expr.Subscript(p, result, slices(t.slices()), Expr.Ctx.LOAD);
                default -> throw new IllegalStateException("unknown trailer " + trailer.getClass());
            };
        }
        return result;
    }

    // ---- calls ----------------------------------------------------------------------------

    private record CallArguments(List<Expr> args, List<Keyword> keywords) {
        static final CallArguments NONE = new CallArguments(List.of(), List.of());
    }

    private CallArguments callArguments(ArgumentsContext ctx, Token closingParen) {
        List<Expr> args = new ArrayList<>();
        List<Keyword> keywords = new ArrayList<>();
        List<ArgumentContext> arguments = ctx.argument();
        boolean seenKeyword = false;
        boolean seenDoubleStar = false;
        for (ArgumentContext argument : arguments) {
            switch (argument) {
                case PositionalArgumentContext a -> {
                    Expr value;
                    if (a.comprehension() != null) {
                        if (arguments.size() > 1 || !ctx.COMMA().isEmpty()) {
                            throw errorAt(pos(a), "Generator expression must be parenthesized");
                        }
                        Token open = tokens.get(ctx.start.getTokenIndex() - 1);
                        value = generator(pos(open, closingParen), namedExpression(a.named_expression()),
                                a.comprehension());
                    } else {
                        value = namedExpression(a.named_expression());
                    }
                    if (seenDoubleStar) {
                        throw errorAt(closingParen, "positional argument follows keyword argument unpacking");
                    }
                    if (seenKeyword) {
                        throw errorAt(closingParen, "positional argument follows keyword argument");
                    }
                    args.add(value);
                }
                case StarredArgumentContext a -> {
                    if (a.comprehension() != null) {
                        throw errorAt(pos(a.STAR().getSymbol(), a.expression().stop),
                                "iterable unpacking cannot be used in comprehension");
                    }
                    if (seenDoubleStar) {
                        throw errorAt(a.STAR().getSymbol(),
                                "iterable argument unpacking follows keyword argument unpacking");
                    }
                    args.add(new Expr.Starred(pos(a), expression(a.expression()), Expr.Ctx.LOAD));
                }
                case DoubleStarredArgumentContext a -> {
                    seenDoubleStar = true;
                    keywords.add(new Keyword(pos(a), null, expression(a.expression())));
                }
                case KeywordArgumentContext a -> {
                    seenKeyword = true;
                    keywords.add(keywordArgument(a));
                }
                default -> throw new IllegalStateException("unknown argument " + argument.getClass());
            }
        }
        return new CallArguments(args, keywords);
    }

    private Keyword keywordArgument(KeywordArgumentContext ctx) {
        ExpressionContext name = ctx.expression(0);
        Token first = name.start;
        if (first == name.stop) {
            switch (first.getType()) {
                case PythonLexer.NAME -> {
                    return new Keyword(pos(ctx), identifier(first), expression(ctx.expression(1)));
                }
                case PythonLexer.TRUE, PythonLexer.FALSE, PythonLexer.NONE ->
                        throw errorAt(first, "cannot assign to " + first.getText());
                default -> { }
            }
        }
        throw errorAt(pos(name.start, ctx.EQUAL().getSymbol()),
                "expression cannot contain assignment, perhaps you meant \"==\"?");
    }

    // ---- subscripts -----------------------------------------------------------------------

    private Expr slices(SlicesContext ctx) {
        List<SliceContext> parts = ctx.slice();
        if (parts.size() == 1 && ctx.COMMA().isEmpty() && !(parts.get(0) instanceof StarredSliceContext)) {
            return slice(parts.get(0));
        }
        List<Expr> elts = new ArrayList<>(parts.size());
        for (SliceContext part : parts) {
            elts.add(slice(part));
        }
        return new Expr.TupleDisplay(pos(ctx), elts, Expr.Ctx.LOAD);
    }

    private Expr slice(SliceContext ctx) {
        return switch (ctx) {
            case IndexSliceContext s -> namedExpression(s.named_expression());
            case StarredSliceContext s -> new Expr.Starred(pos(s), bitwiseOr(s.bitwise_or()), Expr.Ctx.LOAD);
            case ProperSliceContext s -> properSlice(s);
            default -> throw new IllegalStateException("unknown slice " + ctx.getClass());
        };
    }

    /** {@code lower:upper:step}; which parts are present is read from where the colons are. */
    private Expr properSlice(ProperSliceContext ctx) {
        Expr lower = null;
        Expr upper = null;
        Expr step = null;
        int firstColon = ctx.COLON(0).getSymbol().getTokenIndex();
        int secondColon = ctx.COLON().size() > 1 ? ctx.COLON(1).getSymbol().getTokenIndex() : Integer.MAX_VALUE;
        for (ExpressionContext part : ctx.expression()) {
            int at = part.start.getTokenIndex();
            if (at < firstColon) {
                lower = expression(part);
            } else if (at < secondColon) {
                upper = expression(part);
            } else {
                step = expression(part);
            }
        }
        return new Expr.Slice(pos(ctx), lower, upper, step);
    }

    // ---- atoms ----------------------------------------------------------------------------

    private Expr atom(AtomContext ctx) {
        Pos p = pos(ctx);
        return switch (ctx) {
            case NameAtomContext a -> new Expr.Name(p, identifier(a.NAME().getSymbol()), Expr.Ctx.LOAD);
            case ConstantAtomContext a -> new Expr.Constant(p, switch (a.start.getType()) {
                case PythonLexer.TRUE -> Boolean.TRUE;
                case PythonLexer.FALSE -> Boolean.FALSE;
                case PythonLexer.NONE -> Expr.Singleton.NONE;
                default -> Expr.Singleton.ELLIPSIS;
            });
            case NumberAtomContext a -> number(a.NUMBER().getSymbol(), p);
            case StringAtomContext a -> strings(a, p);
            case ParenAtomContext a -> parenthesized(a, p);
            case ListAtomContext a -> list(a, p);
            case EmptyDictAtomContext a -> new Expr.DictDisplay(p, List.of(), List.of());
            case DictAtomContext a -> dict(a, p);
            case SetAtomContext a -> set(a, p);
            default -> throw new IllegalStateException("unknown atom " + ctx.getClass());
        };
    }

    private Expr number(Token token, Pos p) {
        try {
            return new Expr.Constant(p, NumberLiteral.valueOf(token.getText()));
        } catch (NumberLiteral.TooManyDigits e) {
            // CPython raises this one without a column.
            throw map.error(source, PythonSyntaxError.Kind.SYNTAX_ERROR, e.getMessage(), p.line(), 0, p.line(), 0);
        }
    }

    private Expr parenthesized(ParenAtomContext ctx, Pos p) {
        if (ctx.yield_expr() != null) {
            return yieldExpression(ctx.yield_expr());
        }
        ElementsContext elements = ctx.elements();
        if (elements == null) {
            return new Expr.TupleDisplay(p, List.of(), Expr.Ctx.LOAD);
        }
        if (elements.comprehension() != null) {
            return generator(p, comprehensionElement(elements.star_named_expression(0)), elements.comprehension());
        }
        if (elements.star_named_expression().size() == 1 && elements.COMMA().isEmpty()) {
            Expr inner = starNamedExpression(elements.star_named_expression(0));
            if (inner instanceof Expr.Starred) {
                throw errorAt(inner.pos(), "cannot use starred expression here");
            }
            return inner;
        }
        return new Expr.TupleDisplay(p, elementList(elements), Expr.Ctx.LOAD);
    }

    private Expr list(ListAtomContext ctx, Pos p) {
        ElementsContext elements = ctx.elements();
        if (elements == null) {
            return new Expr.ListDisplay(p, List.of(), Expr.Ctx.LOAD);
        }
        if (elements.comprehension() != null) {
            return new Expr.ListComp(p, comprehensionElement(elements.star_named_expression(0)),
                    comprehension(elements.comprehension()));
        }
        return new Expr.ListDisplay(p, elementList(elements), Expr.Ctx.LOAD);
    }

    private Expr set(SetAtomContext ctx, Pos p) {
        ElementsContext elements = ctx.elements();
        if (elements.comprehension() != null) {
            return new Expr.SetComp(p, comprehensionElement(elements.star_named_expression(0)),
                    comprehension(elements.comprehension()));
        }
        return new Expr.SetDisplay(p, elementList(elements));
    }

    private Expr dict(DictAtomContext ctx, Pos p) {
        if (ctx.comprehension() != null) {
            Dict_entryContext entry = ctx.dict_entry(0);
            if (entry.DOUBLESTAR() != null) {
                throw errorAt(pos(entry), "dict unpacking cannot be used in dict comprehension");
            }
            return new Expr.DictComp(p, expression(entry.expression(0)), expression(entry.expression(1)),
                    comprehension(ctx.comprehension()));
        }
        List<Expr> keys = new ArrayList<>();
        List<Expr> values = new ArrayList<>();
        for (Dict_entryContext entry : ctx.dict_entry()) {
            if (entry.DOUBLESTAR() != null) {
                keys.add(null);
                values.add(bitwiseOr(entry.bitwise_or()));
            } else {
                keys.add(expression(entry.expression(0)));
                values.add(expression(entry.expression(1)));
            }
        }
        return new Expr.DictDisplay(p, keys, values);
    }

    private List<Expr> elementList(ElementsContext ctx) {
        List<Expr> elts = new ArrayList<>(ctx.star_named_expression().size());
        for (Star_named_expressionContext element : ctx.star_named_expression()) {
            elts.add(starNamedExpression(element));
        }
        return elts;
    }

    private Expr comprehensionElement(Star_named_expressionContext ctx) {
        Expr element = starNamedExpression(ctx);
        if (element instanceof Expr.Starred) {
            throw errorAt(element.pos(), "iterable unpacking cannot be used in comprehension");
        }
        return element;
    }

    private Expr generator(Pos p, Expr element, ComprehensionContext ctx) {
        return new Expr.GeneratorExp(p, element, comprehension(ctx));
    }

    private List<Comprehension> comprehension(ComprehensionContext ctx) {
        List<Comprehension> generators = new ArrayList<>();
        for (Comprehension_forContext clause : ctx.comprehension_for()) {
            Expr target = assignmentTarget(starTargets(clause.star_targets()), Targets.Use.FOR);
            List<DisjunctionContext> parts = clause.disjunction();
            Expr iter = disjunction(parts.get(0));
            List<Expr> ifs = new ArrayList<>(parts.size() - 1);
            for (int i = 1; i < parts.size(); i++) {
                ifs.add(disjunction(parts.get(i)));
            }
            generators.add(new Comprehension(target, iter, ifs, clause.ASYNC() != null));
        }
        return generators;
    }

    private Expr starTargets(Star_targetsContext ctx) {
        List<Star_targetContext> elements = ctx.star_target();
        if (elements.size() == 1 && ctx.COMMA().isEmpty()) {
            return starTarget(elements.get(0));
        }
        List<Expr> elts = new ArrayList<>(elements.size());
        for (Star_targetContext element : elements) {
            elts.add(starTarget(element));
        }
        return new Expr.TupleDisplay(pos(ctx), elts, Expr.Ctx.LOAD);
    }

    private Expr starTarget(Star_targetContext ctx) {
        Expr value = bitwiseOr(ctx.bitwise_or());
        return ctx.STAR() == null ? value : new Expr.Starred(pos(ctx), value, Expr.Ctx.LOAD);
    }

    // ---- strings --------------------------------------------------------------------------

    /**
     * Implicitly concatenated string literals: one str or bytes Constant, or a JoinedStr as soon
     * as one part is an f-string.
     */
    private Expr strings(StringAtomContext ctx, Pos p) {
        List<TerminalNode> parts = ctx.STRING();
        List<StringLiteral> literals = new ArrayList<>(parts.size());
        boolean anyBytes = false;
        boolean anyFormatted = false;
        for (TerminalNode part : parts) {
            StringLiteral literal = StringLiteral.of(part.getText());
            literals.add(literal);
            anyBytes |= literal.bytes;
            anyFormatted |= literal.formatted;
        }
        for (StringLiteral literal : literals) {
            if (literal.bytes != anyBytes) {
                throw errorAfter(ctx, "cannot mix bytes and nonbytes literals");
            }
        }
        if (anyBytes) {
            return new Expr.Constant(p, new Expr.Bytes(bytes(parts, literals, ctx)));
        }
        if (!anyFormatted) {
            StringBuilder value = new StringBuilder();
            for (StringLiteral literal : literals) {
                value.append(decode(literal, ctx));
            }
            return new Expr.Constant(p, value.toString());
        }
        FString joined = new FString(message -> errorAfter(ctx, message), p);
        for (int i = 0; i < parts.size(); i++) {
            StringLiteral literal = literals.get(i);
            if (literal.formatted) {
                PythonToken token = (PythonToken) parts.get(i).getSymbol();
                joined.addFString(token.getText(), literal, pos(token, token),
                        (expression, braceIndex) -> field(expression, token, braceIndex));
            } else {
                joined.addLiteral(decode(literal, ctx));
            }
        }
        return joined.build();
    }

    /**
     * Parses a field's expression as CPython 3.11 does, as "(" + expression + ")" on its own,
     * with positions shifted to the field's place in the file.
     */
    private Expr field(String expression, PythonToken token, int braceIndex) {
        String tokenText = token.getText();
        int linesBefore = 0;
        int lineStart = -1;
        for (int i = 0; i < braceIndex; i++) {
            if (tokenText.charAt(i) == '\n') {
                linesBefore++;
                lineStart = i;
            }
        }
        boolean newlineAfterBrace = true;
        for (int i = braceIndex + 1; i < tokenText.length(); i++) {
            char c = tokenText.charAt(i);
            if (c == '}' || c == '\n') {
                break;
            }
            if (c != ' ' && c != '\t' && c != '\f') {
                newlineAfterBrace = false;
                break;
            }
        }
        int cols = newlineAfterBrace ? 0 : tokenText.codePointCount(lineStart + 1, braceIndex);
        int tokenLine = map.line(token.getLine());
        int tokenCol = map.col(token.getLine(), token.getCharPositionInLine());
        PositionMap fieldMap = PositionMap.forField(tokenLine + linesBefore,
                (linesBefore == 0 ? tokenCol : 0) + cols);
        return fieldParser.parse("(" + expression + ")", fieldMap);
    }

    private String decode(StringLiteral literal, StringAtomContext ctx) {
        try {
            return StringLiteral.decodeStr(literal.body, literal.raw);
        } catch (StringLiteral.EscapeError e) {
            throw errorAfter(ctx, e.getMessage());
        }
    }

    private byte[] bytes(List<TerminalNode> parts, List<StringLiteral> literals, StringAtomContext ctx) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < parts.size(); i++) {
            StringLiteral literal = literals.get(i);
            for (int k = 0; k < literal.body.length(); k++) {
                if (literal.body.charAt(k) >= 128) {
                    throw errorAt(parts.get(i).getSymbol(), "bytes can only contain ASCII literal characters");
                }
            }
            try {
                out.writeBytes(StringLiteral.decodeBytes(literal.body, literal.raw));
            } catch (StringLiteral.EscapeError e) {
                throw errorAfter(ctx, e.getMessage());
            }
        }
        return out.toByteArray();
    }
}
