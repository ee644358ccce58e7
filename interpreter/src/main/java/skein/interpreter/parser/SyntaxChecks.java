package skein.interpreter.parser;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import skein.interpreter.ast.Alias;
import skein.interpreter.ast.Arguments;
import skein.interpreter.ast.Comprehension;
import skein.interpreter.ast.ExceptHandler;
import skein.interpreter.ast.Expr;
import skein.interpreter.ast.Keyword;
import skein.interpreter.ast.Module;
import skein.interpreter.ast.Pos;
import skein.interpreter.ast.Stmt;
import skein.interpreter.ast.WithItem;

/**
 * The SyntaxErrors CPython raises after parsing, while compiling: misplaced return, yield,
 * await, break and continue, async statements and comprehensions outside async functions,
 * duplicate parameters, repeated keyword arguments, misplaced starred expressions,
 * {@code __future__} imports. Scope errors (global, nonlocal) belong to the scope analysis.
 *
 * <p>CPython finds these in three passes (future statements, symbol table, code generation),
 * and an error of an earlier pass wins even when it is further down the file; so do the
 * passes here.
 */
final class SyntaxChecks {

    /** CPython's compiler gives up at about this depth of nested statements and expressions. */
    static final int MAX_NESTING = 2991;

    /** CPython's limit on loops, with and try blocks nested in one function (CO_MAXBLOCKS). */
    private static final int MAX_BLOCKS = 20;

    private static final Set<String> FUTURE_FEATURES = Set.of("nested_scopes", "generators", "division",
            "absolute_import", "with_statement", "print_function", "unicode_literals", "barry_as_FLUFL",
            "generator_stop", "annotations");

    private SyntaxChecks() {
    }

    static void check(Module module, SourceText source) {
        Set<Stmt> futureImports = futureImports(module, source);
        new SymbolTablePass(source).stmts(module.body());
        new CompilerPass(source, futureImports).stmts(module.body());
    }

    /** The valid {@code from __future__} imports at the top of the module. */
    private static Set<Stmt> futureImports(Module module, SourceText source) {
        Set<Stmt> valid = new HashSet<>();
        List<Stmt> body = module.body();
        for (int i = 0; i < body.size(); i++) {
            Stmt s = body.get(i);
            if (i == 0 && s instanceof Stmt.ExprStmt e && e.value() instanceof Expr.Constant c
                    && c.value() instanceof String) {
                continue;  // the docstring
            }
            if (!(s instanceof Stmt.ImportFrom f && "__future__".equals(f.module()) && f.level() == 0)) {
                break;
            }
            for (Alias alias : f.names()) {
                if (alias.name().equals("braces")) {
                    throw source.error("not a chance", s.pos().line(), s.pos().col() + 1, s.pos().endLine(), 0);
                }
                if (!FUTURE_FEATURES.contains(alias.name())) {
                    throw source.error("future feature " + alias.name() + " is not defined", s.pos().line(),
                            s.pos().col() + 1, s.pos().endLine(), 0);
                }
            }
            valid.add(s);
        }
        return valid;
    }

    private enum ScopeKind { MODULE, CLASS, FUNCTION, ASYNC_FUNCTION, LAMBDA, COMPREHENSION, GENERATOR_EXPRESSION }

    /** What the symbol table rejects: duplicate parameters, and yield and := where they cannot be. */
    private static final class SymbolTablePass extends AstWalker {
        private final SourceText source;
        private int depth;
        private final ArrayDeque<Scope> scopes = new ArrayDeque<>();

        /** A scope; for a comprehension, its kind's name and iteration variables. */
        private record Scope(ScopeKind kind, String comprehensionName, Set<String> iterationNames) {}

        SymbolTablePass(SourceText source) {
            this.source = source;
            scopes.push(new Scope(ScopeKind.MODULE, null, Set.of()));
        }

        private void enter() {
            if (++depth > MAX_NESTING) {
                throw source.error("maximum recursion depth exceeded during compilation", 0, 0, 0, 0);
            }
        }

        @Override
        void stmt(Stmt s) {
            enter();
            switch (s) {
                case Stmt.FunctionDef f -> {
                    exprs(f.decorators());
                    defaultsAndAnnotations(f.args());
                    optional(f.returns());
                    scopes.push(new Scope(ScopeKind.FUNCTION, null, Set.of()));
                    parameters(f.args());
                    stmts(f.body());
                    scopes.pop();
                }
                case Stmt.ClassDef c -> {
                    exprs(c.decorators());
                    exprs(c.bases());
                    keywords(c.keywords());
                    scopes.push(new Scope(ScopeKind.CLASS, null, Set.of()));
                    stmts(c.body());
                    scopes.pop();
                }
                case Stmt.ImportFrom i -> {
                    if (scopes.peek().kind() != ScopeKind.MODULE && i.names().get(0).name().equals("*")) {
                        throw source.errorAt(i.names().get(0).pos(), "import * only allowed at module level");
                    }
                }
                default -> super.stmt(s);
            }
            depth--;
        }

        private void defaultsAndAnnotations(Arguments args) {
            exprs(args.defaults());
            exprs(args.kwDefaults());
            for (Arguments.Arg arg : allParameters(args)) {
                if (arg.annotation() != null) {
                    annotation(arg.annotation(), arg == args.vararg());
                }
            }
        }

        private void parameters(Arguments args) {
            Set<String> seen = new HashSet<>();
            for (Arguments.Arg arg : allParameters(args)) {
                if (!seen.add(arg.name())) {
                    throw source.errorAt(arg.pos(), "duplicate argument '" + arg.name() + "' in function definition");
                }
            }
        }

        @Override
        void expr(Expr e) {
            enter();
            switch (e) {
                case Expr.Lambda l -> {
                    exprs(l.args().defaults());
                    exprs(l.args().kwDefaults());
                    scopes.push(new Scope(ScopeKind.LAMBDA, null, Set.of()));
                    parameters(l.args());
                    expr(l.body());
                    scopes.pop();
                }
                case Expr.ListComp c -> comprehension("list comprehension", ScopeKind.COMPREHENSION, c.generators(),
                        List.of(c.elt()));
                case Expr.SetComp c -> comprehension("set comprehension", ScopeKind.COMPREHENSION, c.generators(),
                        List.of(c.elt()));
                case Expr.DictComp c -> comprehension("dict comprehension", ScopeKind.COMPREHENSION, c.generators(),
                        List.of(c.key(), c.value()));
                case Expr.GeneratorExp c -> comprehension("generator expression", ScopeKind.GENERATOR_EXPRESSION,
                        c.generators(), List.of(c.elt()));
                case Expr.Yield y -> {
                    yieldInComprehension(e);
                    super.expr(e);
                }
                case Expr.YieldFrom y -> {
                    yieldInComprehension(e);
                    super.expr(e);
                }
                case Expr.NamedExpr n -> {
                    namedExpression(n);
                    super.expr(e);
                }
                default -> super.expr(e);
            }
            depth--;
        }

        private void yieldInComprehension(Expr e) {
            Scope scope = scopes.peek();
            if (scope.comprehensionName() != null) {
                throw source.errorAt(e.pos(), "'yield' inside " + scope.comprehensionName());
            }
        }

        private int iterableDepth;

        private void namedExpression(Expr.NamedExpr n) {
            if (iterableDepth > 0) {
                throw source.errorAt(n.pos(), "assignment expression cannot be used in a comprehension iterable expression");
            }
            Scope scope = scopes.peek();
            if (scope.comprehensionName() == null) {
                return;
            }
            Expr.Name target = (Expr.Name) n.target();
            for (Scope s : scopes) {
                if (s.comprehensionName() == null) {
                    if (s.kind() == ScopeKind.CLASS) {
                        throw source.errorAt(target.pos(),
                                "assignment expression within a comprehension cannot be used in a class body");
                    }
                    break;
                }
                if (s.iterationNames().contains(target.id())) {
                    throw source.errorAt(target.pos(), "assignment expression cannot rebind comprehension iteration "
                            + "variable '" + target.id() + "'");
                }
            }
        }

        /** The first iterable belongs to the enclosing scope; the rest is the comprehension's own. */
        private void comprehension(String name, ScopeKind kind, List<Comprehension> generators, List<Expr> elements) {
            iterable(generators.get(0).iter());
            Set<String> names = new HashSet<>();
            for (Comprehension generator : generators) {
                collectNames(generator.target(), names);
            }
            scopes.push(new Scope(kind, name, names));
            for (int i = 0; i < generators.size(); i++) {
                Comprehension generator = generators.get(i);
                expr(generator.target());
                if (i > 0) {
                    iterable(generator.iter());
                }
                exprs(generator.ifs());
            }
            exprs(elements);
            scopes.pop();
        }

        private void iterable(Expr iter) {
            iterableDepth++;
            expr(iter);
            iterableDepth--;
        }

        private static void collectNames(Expr target, Set<String> names) {
            switch (target) {
                case Expr.Name n -> names.add(n.id());
                case Expr.Starred s -> collectNames(s.value(), names);
                case Expr.TupleDisplay t -> t.elts().forEach(elt -> collectNames(elt, names));
                case Expr.ListDisplay l -> l.elts().forEach(elt -> collectNames(elt, names));
                default -> { }
            }
        }
    }

    private static List<Arguments.Arg> allParameters(Arguments args) {
        List<Arguments.Arg> all = new ArrayList<>(args.posonlyargs());
        all.addAll(args.args());
        if (args.vararg() != null) {
            all.add(args.vararg());
        }
        all.addAll(args.kwonlyargs());
        if (args.kwarg() != null) {
            all.add(args.kwarg());
        }
        return all;
    }

    /** What the code generator rejects. */
    private static final class CompilerPass extends AstWalker {
        private final SourceText source;
        private final Set<Stmt> futureImports;
        private final ArrayDeque<Frame> frames = new ArrayDeque<>();
        private Stmt statement;

        /**
         * A scope being compiled; loops counts the loops around the current statement within it,
         * blocks the loop, with and try blocks CPython's compiler keeps track of.
         */
        private static final class Frame {
            final ScopeKind kind;
            final boolean asyncGenerator;
            int loops;
            int blocks;

            Frame(ScopeKind kind, boolean asyncGenerator) {
                this.kind = kind;
                this.asyncGenerator = asyncGenerator;
            }
        }

        CompilerPass(SourceText source, Set<Stmt> futureImports) {
            this.source = source;
            this.futureImports = futureImports;
            frames.push(new Frame(ScopeKind.MODULE, false));
        }

        private Frame frame() {
            return frames.peek();
        }

        private boolean inFunction() {
            ScopeKind kind = frame().kind;
            return kind != ScopeKind.MODULE && kind != ScopeKind.CLASS;
        }

        @Override
        void stmt(Stmt s) {
            Stmt outer = statement;
            statement = s;
            switch (s) {
                case Stmt.FunctionDef f -> {
                    exprs(f.decorators());
                    arguments(f.args());
                    optional(f.returns());
                    for (Arguments.Arg arg : allParameters(f.args())) {
                        forbiddenName(arg.name(), s.pos());
                    }
                    frames.push(new Frame(f.isAsync() ? ScopeKind.ASYNC_FUNCTION : ScopeKind.FUNCTION,
                            f.isAsync() && YieldFinder.containsYield(f.body())));
                    stmts(f.body());
                    frames.pop();
                }
                case Stmt.ClassDef c -> {
                    exprs(c.decorators());
                    elements(c.bases());
                    callKeywords(c.keywords());
                    frames.push(new Frame(ScopeKind.CLASS, false));
                    stmts(c.body());
                    frames.pop();
                }
                case Stmt.Return r -> {
                    if (!inFunction()) {
                        throw source.errorAt(s.pos(), "'return' outside function");
                    }
                    if (r.value() != null && frame().asyncGenerator) {
                        throw source.errorAt(s.pos(), "'return' with value in async generator");
                    }
                    optional(r.value());
                }
                case Stmt.Assign a -> {
                    for (Expr target : a.targets()) {
                        target(target);
                    }
                    expr(a.value());
                }
                case Stmt.For f -> {
                    if (f.isAsync() && frame().kind != ScopeKind.ASYNC_FUNCTION) {
                        throw source.errorAt(s.pos(), "'async for' outside async function");
                    }
                    target(f.target());
                    expr(f.iter());
                    loop(s, f.body());
                    stmts(f.orelse());
                }
                case Stmt.While w -> {
                    expr(w.test());
                    loop(s, w.body());
                    stmts(w.orelse());
                }
                case Stmt.With w -> {
                    if (w.isAsync() && frame().kind != ScopeKind.ASYNC_FUNCTION) {
                        throw source.errorAt(s.pos(), "'async with' outside async function");
                    }
                    for (WithItem item : w.items()) {
                        expr(item.contextExpr());
                        if (item.optionalVars() != null) {
                            target(item.optionalVars());
                        }
                    }
                    inBlocks(s, 1, w.body());
                }
                case Stmt.Try t -> {
                    // As CPython compiles it: try/finally around try/except, handlers in two more blocks.
                    int finallyBlock = t.finalbody().isEmpty() ? 0 : 1;
                    inBlocks(s, finallyBlock + (t.handlers().isEmpty() ? 0 : 1), t.body());
                    for (ExceptHandler handler : t.handlers()) {
                        optional(handler.type());
                        inBlocks(s, finallyBlock + 1 + (handler.name() != null ? 1 : 0), handler.body());
                    }
                    inBlocks(s, finallyBlock, t.orelse());
                    inBlocks(s, finallyBlock, t.finalbody());
                }
                case Stmt.Break b -> {
                    if (frame().loops == 0) {
                        throw source.errorAt(s.pos(), "'break' outside loop");
                    }
                }
                case Stmt.Continue c -> {
                    if (frame().loops == 0) {
                        throw source.errorAt(s.pos(), "'continue' not properly in loop");
                    }
                }
                case Stmt.Import i -> aliases(i.names());
                case Stmt.ImportFrom i -> {
                    if ("__future__".equals(i.module()) && i.level() == 0 && !futureImports.contains(s)) {
                        throw source.errorAt(s.pos(), "from __future__ imports must occur at the beginning of the file");
                    }
                    aliases(i.names());
                }
                default -> super.stmt(s);
            }
            statement = outer;
        }

        private void aliases(List<Alias> names) {
            for (Alias alias : names) {
                String bound = alias.asname() != null ? alias.asname() : alias.name();
                forbiddenName(bound, statement.pos());
            }
        }

        private void loop(Stmt statement, List<Stmt> body) {
            frame().loops++;
            inBlocks(statement, 1, body);
            frame().loops--;
        }

        /** Visits {@code body} inside {@code count} more compiler blocks opened by {@code statement}. */
        private void inBlocks(Stmt statement, int count, List<Stmt> body) {
            if (count > 0 && frame().blocks + count > MAX_BLOCKS) {
                throw source.errorAt(statement.pos(), "too many statically nested blocks");
            }
            frame().blocks += count;
            stmts(body);
            frame().blocks -= count;
        }

        private void forbiddenName(String name, Pos pos) {
            if (name.equals("__debug__")) {
                throw source.errorAt(pos, "cannot assign to __debug__");
            }
        }

        /** An assignment target: a starred target must sit in a tuple or list, one per level. */
        private void target(Expr target) {
            if (target instanceof Expr.Starred s) {
                throw source.errorAt(s.pos(), "starred assignment target must be in a list or tuple");
            }
            expr(target);
        }

        private void unpackingTarget(Expr sequence, List<Expr> elts) {
            boolean seenStar = false;
            for (Expr elt : elts) {
                if (elt instanceof Expr.Starred s) {
                    if (seenStar) {
                        throw source.errorAt(sequence.pos(), "multiple starred expressions in assignment");
                    }
                    seenStar = true;
                    expr(s.value());
                } else {
                    expr(elt);
                }
            }
        }

        /** The annotation of *args may be starred (PEP 646). */
        @Override
        void annotation(Expr annotation, boolean ofVararg) {
            expr(ofVararg && annotation instanceof Expr.Starred s ? s.value() : annotation);
        }

        /** Elements of a display or call, where a starred expression may stand. */
        private void elements(List<Expr> elts) {
            for (Expr elt : elts) {
                expr(elt instanceof Expr.Starred s ? s.value() : elt);
            }
        }

        private void callKeywords(List<Keyword> keywords) {
            Set<String> seen = new HashSet<>();
            for (Keyword keyword : keywords) {
                if (keyword.arg() != null) {
                    forbiddenName(keyword.arg(), statement.pos());
                    if (!seen.add(keyword.arg())) {
                        throw source.errorAt(keyword.pos(), "keyword argument repeated: " + keyword.arg());
                    }
                }
                expr(keyword.value());
            }
        }

        @Override
        void expr(Expr e) {
            switch (e) {
                case Expr.Name n -> {
                    if (n.id().equals("__debug__") && n.ctx() != Expr.Ctx.LOAD) {
                        throw source.errorAt(n.pos(), n.ctx() == Expr.Ctx.DEL ? "cannot delete __debug__"
                                : "cannot assign to __debug__");
                    }
                }
                case Expr.Starred s -> {
                    if (s.ctx() == Expr.Ctx.STORE) {
                        throw source.errorAt(s.pos(), "starred assignment target must be in a list or tuple");
                    }
                    throw source.errorAt(s.pos(), "can't use starred expression here");
                }
                case Expr.TupleDisplay t -> {
                    if (t.ctx() == Expr.Ctx.STORE) {
                        unpackingTarget(t, t.elts());
                    } else {
                        elements(t.elts());
                    }
                }
                case Expr.ListDisplay l -> {
                    if (l.ctx() == Expr.Ctx.STORE) {
                        unpackingTarget(l, l.elts());
                    } else {
                        elements(l.elts());
                    }
                }
                case Expr.SetDisplay s -> elements(s.elts());
                case Expr.Call c -> {
                    expr(c.func());
                    elements(c.args());
                    callKeywords(c.keywords());
                }
                case Expr.Lambda l -> {
                    arguments(l.args());
                    for (Arguments.Arg arg : allParameters(l.args())) {
                        forbiddenName(arg.name(), statement.pos());
                    }
                    frames.push(new Frame(ScopeKind.LAMBDA, false));
                    expr(l.body());
                    frames.pop();
                }
                case Expr.Yield y -> {
                    if (!inFunction()) {
                        throw source.errorAt(e.pos(), "'yield' outside function");
                    }
                    super.expr(e);
                }
                case Expr.YieldFrom y -> {
                    if (!inFunction()) {
                        throw source.errorAt(e.pos(), "'yield' outside function");
                    }
                    if (frame().kind == ScopeKind.ASYNC_FUNCTION) {
                        throw source.errorAt(e.pos(), "'yield from' inside async function");
                    }
                    super.expr(e);
                }
                case Expr.Await a -> {
                    ScopeKind kind = frame().kind;
                    if (kind == ScopeKind.MODULE || kind == ScopeKind.CLASS) {
                        throw source.errorAt(e.pos(), "'await' outside function");
                    }
                    if (kind == ScopeKind.FUNCTION || kind == ScopeKind.LAMBDA) {
                        throw source.errorAt(e.pos(), "'await' outside async function");
                    }
                    super.expr(e);
                }
                case Expr.ListComp c -> comprehension(e, c.generators(), List.of(c.elt()), false);
                case Expr.SetComp c -> comprehension(e, c.generators(), List.of(c.elt()), false);
                case Expr.DictComp c -> comprehension(e, c.generators(), List.of(c.key(), c.value()), false);
                case Expr.GeneratorExp c -> comprehension(e, c.generators(), List.of(c.elt()), true);
                default -> super.expr(e);
            }
        }

        private void comprehension(Expr node, List<Comprehension> generators, List<Expr> elements,
                                   boolean generatorExpression) {
            expr(generators.get(0).iter());
            ScopeKind enclosing = frame().kind;
            if (!generatorExpression && AsyncFinder.isAsync(generators, elements)
                    && enclosing != ScopeKind.ASYNC_FUNCTION && enclosing != ScopeKind.COMPREHENSION
                    && enclosing != ScopeKind.GENERATOR_EXPRESSION) {
                throw source.errorAt(node.pos(), "asynchronous comprehension outside of an asynchronous function");
            }
            frames.push(new Frame(generatorExpression ? ScopeKind.GENERATOR_EXPRESSION : ScopeKind.COMPREHENSION,
                    false));
            for (int i = 0; i < generators.size(); i++) {
                Comprehension generator = generators.get(i);
                target(generator.target());
                if (i > 0) {
                    expr(generator.iter());
                }
                exprs(generator.ifs());
            }
            exprs(elements);
            frames.pop();
        }
    }

    /** Whether a function body yields (an async function that does is an async generator). */
    private static final class YieldFinder extends AstWalker {
        private boolean found;

        static boolean containsYield(List<Stmt> body) {
            YieldFinder finder = new YieldFinder();
            finder.stmts(body);
            return finder.found;
        }

        @Override
        void stmt(Stmt s) {
            if (!(s instanceof Stmt.FunctionDef) && !(s instanceof Stmt.ClassDef) && !found) {
                super.stmt(s);
            }
        }

        @Override
        void expr(Expr e) {
            switch (e) {
                case Expr.Yield y -> found = true;
                case Expr.YieldFrom y -> found = true;
                case Expr.Lambda l -> { }
                case Expr.ListComp c -> expr(c.generators().get(0).iter());
                case Expr.SetComp c -> expr(c.generators().get(0).iter());
                case Expr.DictComp c -> expr(c.generators().get(0).iter());
                case Expr.GeneratorExp c -> expr(c.generators().get(0).iter());
                default -> super.expr(e);
            }
        }
    }

    /**
     * Whether a comprehension is asynchronous: an 'async for', an await in its own scope, or
     * an asynchronous comprehension (not a generator expression) inside it.
     */
    private static final class AsyncFinder extends AstWalker {
        private boolean found;

        static boolean isAsync(List<Comprehension> generators, List<Expr> elements) {
            AsyncFinder finder = new AsyncFinder();
            for (int i = 0; i < generators.size(); i++) {
                Comprehension generator = generators.get(i);
                finder.found |= generator.isAsync();
                finder.expr(generator.target());
                if (i > 0) {
                    finder.expr(generator.iter());
                }
                finder.exprs(generator.ifs());
            }
            finder.exprs(elements);
            return finder.found;
        }

        @Override
        void expr(Expr e) {
            switch (e) {
                case Expr.Await a -> found = true;
                case Expr.Lambda l -> { }
                case Expr.GeneratorExp c -> expr(c.generators().get(0).iter());
                case Expr.ListComp c -> found |= isAsync(c.generators(), List.of(c.elt())) || nestedIter(c.generators());
                case Expr.SetComp c -> found |= isAsync(c.generators(), List.of(c.elt())) || nestedIter(c.generators());
                case Expr.DictComp c ->
                        found |= isAsync(c.generators(), List.of(c.key(), c.value())) || nestedIter(c.generators());
                default -> super.expr(e);
            }
        }

        private boolean nestedIter(List<Comprehension> generators) {
            AsyncFinder finder = new AsyncFinder();
            finder.expr(generators.get(0).iter());
            return finder.found;
        }
    }
}
