package skein.interpreter.translator;

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

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the {@link Scope} of every module, class, function, lambda and comprehension, then
 * decides how each name is reached: CPython's symtable pass, with its SyntaxErrors.
 */
public final class ScopeAnalyzer {

    private final Map<Object, Scope> scopes = new IdentityHashMap<>();
    private Scope current;
    /** The class whose private names are being mangled, or null. */
    private String privateClass;

    private ScopeAnalyzer() {
    }

    /** The scopes of a module, keyed by the AST node that opens each one. */
    public static Map<Object, Scope> analyze(Module module) {
        return analyze(module, false);
    }

    /**
     * The scopes of a module; with {@code namesInNamespace}, its top-level names live in a
     * namespace mapping before the globals, as in code that {@code exec} runs.
     */
    public static Map<Object, Scope> analyze(Module module, boolean namesInNamespace) {
        ScopeAnalyzer analyzer = new ScopeAnalyzer();
        Scope top = new Scope(Scope.Kind.MODULE, "<module>", null, namesInNamespace);
        analyzer.scopes.put(module, top);
        analyzer.current = top;
        analyzer.statements(module.body());
        analyzer.resolve(top);
        return analyzer.scopes;
    }

    // ---- collection ----

    private void statements(List<Stmt> body) {
        for (Stmt s : body) {
            statement(s);
        }
    }

    private void bind(String rawName, Pos pos) {
        String name = Mangling.mangle(privateClass, rawName);
        if (current.declaredGlobal.contains(name) || current.declaredNonlocal.contains(name)) {
            current.bound.add(name);
            return;
        }
        current.bound.add(name);
    }

    private void use(String name) {
        current.used.add(Mangling.mangle(privateClass, name));
    }

    private void statement(Stmt stmt) {
        switch (stmt) {
            case Stmt.FunctionDef f -> {
                expressions(f.decorators());
                argumentDefaults(f.args());
                annotations(f.args(), f.returns());
                bind(f.name(), f.pos());
                Scope scope = open(f, Scope.Kind.FUNCTION, f.name());
                parameters(f.args(), scope);
                statements(f.body());
                close(scope);
            }
            case Stmt.ClassDef c -> {
                expressions(c.decorators());
                expressions(c.bases());
                for (Keyword k : c.keywords()) {
                    expression(k.value());
                }
                bind(c.name(), c.pos());
                Scope scope = open(c, Scope.Kind.CLASS, c.name());
                String outerClass = privateClass;
                privateClass = c.name();
                statements(c.body());
                privateClass = outerClass;
                close(scope);
            }
            case Stmt.Return r -> expressionOrNull(r.value());
            case Stmt.Delete d -> {
                for (Expr t : d.targets()) {
                    target(t);
                }
            }
            case Stmt.Assign a -> {
                expression(a.value());
                for (Expr t : a.targets()) {
                    target(t);
                }
            }
            case Stmt.AugAssign a -> {
                expression(a.value());
                if (a.target() instanceof Expr.Name n) {
                    use(n.id());
                }
                target(a.target());
            }
            case Stmt.AnnAssign a -> {
                expressionOrNull(a.value());
                if (current.kind() != Scope.Kind.FUNCTION || !a.simple()) {
                    expression(a.annotation());
                }
                if (a.value() != null || a.simple()) {
                    target(a.target());
                } else {
                    target(a.target());
                }
            }
            case Stmt.For f -> {
                expression(f.iter());
                target(f.target());
                statements(f.body());
                statements(f.orelse());
            }
            case Stmt.While w -> {
                expression(w.test());
                statements(w.body());
                statements(w.orelse());
            }
            case Stmt.If i -> {
                expression(i.test());
                statements(i.body());
                statements(i.orelse());
            }
            case Stmt.With w -> {
                for (WithItem item : w.items()) {
                    expression(item.contextExpr());
                    if (item.optionalVars() != null) {
                        target(item.optionalVars());
                    }
                }
                statements(w.body());
            }
            case Stmt.Raise r -> {
                expressionOrNull(r.exc());
                expressionOrNull(r.cause());
            }
            case Stmt.Try t -> {
                statements(t.body());
                for (ExceptHandler h : t.handlers()) {
                    expressionOrNull(h.type());
                    if (h.name() != null) {
                        bind(h.name(), h.pos());
                    }
                    statements(h.body());
                }
                statements(t.orelse());
                statements(t.finalbody());
            }
            case Stmt.Assert a -> {
                expression(a.test());
                expressionOrNull(a.msg());
            }
            case Stmt.Import i -> {
                for (Alias alias : i.names()) {
                    String bound = alias.asname() != null ? alias.asname() : alias.name().split("\\.", 2)[0];
                    bind(bound, alias.pos());
                }
            }
            case Stmt.ImportFrom i -> {
                for (Alias alias : i.names()) {
                    if (alias.name().equals("*")) {
                        if (current.kind() != Scope.Kind.MODULE) {
                            throw new CompileError("import * only allowed at module level", i.pos());
                        }
                        continue;
                    }
                    bind(alias.asname() != null ? alias.asname() : alias.name(), alias.pos());
                }
            }
            case Stmt.Global g -> {
                for (String name : g.names().stream().map(n -> Mangling.mangle(privateClass, n)).toList()) {
                    if (current.parameters.contains(name)) {
                        throw new CompileError("name '" + name + "' is parameter and global", g.pos());
                    }
                    if (current.declaredNonlocal.contains(name)) {
                        throw new CompileError("name '" + name + "' is nonlocal and global", g.pos());
                    }
                    if (current.bound.contains(name) && !current.declaredGlobal.contains(name)) {
                        throw new CompileError("name '" + name + "' is assigned to before global declaration", g.pos());
                    }
                    if (current.used.contains(name) && !current.declaredGlobal.contains(name)) {
                        throw new CompileError("name '" + name + "' is used prior to global declaration", g.pos());
                    }
                    current.declaredGlobal.add(name);
                }
            }
            case Stmt.Nonlocal n -> {
                if (current.kind() == Scope.Kind.MODULE) {
                    throw new CompileError("nonlocal declaration not allowed at module level", n.pos());
                }
                for (String name : n.names().stream().map(x -> Mangling.mangle(privateClass, x)).toList()) {
                    if (current.parameters.contains(name)) {
                        throw new CompileError("name '" + name + "' is parameter and nonlocal", n.pos());
                    }
                    if (current.declaredGlobal.contains(name)) {
                        throw new CompileError("name '" + name + "' is nonlocal and global", n.pos());
                    }
                    if (current.bound.contains(name) && !current.declaredNonlocal.contains(name)) {
                        throw new CompileError("name '" + name + "' is assigned to before nonlocal declaration", n.pos());
                    }
                    if (current.used.contains(name) && !current.declaredNonlocal.contains(name)) {
                        throw new CompileError("name '" + name + "' is used prior to nonlocal declaration", n.pos());
                    }
                    current.declaredNonlocal.add(name);
                    nonlocalPositions.put(current, n.pos());
                }
            }
            case Stmt.ExprStmt e -> expression(e.value());
            case Stmt.Pass p -> {
            }
            case Stmt.Break b -> {
            }
            case Stmt.Continue c -> {
            }
        }
    }

    private final Map<Scope, Pos> nonlocalPositions = new IdentityHashMap<>();

    private Scope open(Object node, Scope.Kind kind, String name) {
        Scope scope = new Scope(kind, name, current);
        scopes.put(node, scope);
        current = scope;
        return scope;
    }

    private void close(Scope scope) {
        current = scope.parent();
    }

    private void parameters(Arguments args, Scope scope) {
        for (Arguments.Arg a : args.posonlyargs()) {
            parameter(a, scope);
        }
        for (Arguments.Arg a : args.args()) {
            parameter(a, scope);
        }
        if (args.vararg() != null) {
            parameter(args.vararg(), scope);
        }
        for (Arguments.Arg a : args.kwonlyargs()) {
            parameter(a, scope);
        }
        if (args.kwarg() != null) {
            parameter(args.kwarg(), scope);
        }
    }

    private void parameter(Arguments.Arg arg, Scope scope) {
        String name = Mangling.mangle(privateClass, arg.name());
        if (scope.parameters.contains(name)) {
            throw new CompileError("duplicate argument '" + arg.name() + "' in function definition", arg.pos());
        }
        scope.parameters.add(name);
        scope.bound.add(name);
    }

    private void argumentDefaults(Arguments args) {
        expressions(args.defaults());
        for (Expr e : args.kwDefaults()) {
            expressionOrNull(e);
        }
    }

    private void annotations(Arguments args, Expr returns) {
        for (List<Arguments.Arg> group : List.of(args.posonlyargs(), args.args(), args.kwonlyargs())) {
            for (Arguments.Arg a : group) {
                expressionOrNull(a.annotation());
            }
        }
        if (args.vararg() != null) {
            expressionOrNull(args.vararg().annotation());
        }
        if (args.kwarg() != null) {
            expressionOrNull(args.kwarg().annotation());
        }
        expressionOrNull(returns);
    }

    private void target(Expr target) {
        switch (target) {
            case Expr.Name n -> bind(n.id(), n.pos());
            case Expr.TupleDisplay t -> t.elts().forEach(this::target);
            case Expr.ListDisplay l -> l.elts().forEach(this::target);
            case Expr.Starred s -> target(s.value());
            case Expr.Attribute a -> expression(a.value());
            case Expr.Subscript s -> {
                expression(s.value());
                expression(s.slice());
            }
            default -> expression(target);
        }
    }

    private void expressions(List<Expr> list) {
        for (Expr e : list) {
            expression(e);
        }
    }

    private void expressionOrNull(Expr e) {
        if (e != null) {
            expression(e);
        }
    }

    private void expression(Expr expr) {
        switch (expr) {
            case Expr.Name n -> {
                if (n.ctx() == Expr.Ctx.LOAD) {
                    use(n.id());
                    if (n.id().equals("super") && current.isFunctionLike()) {
                        current.usesSuperOrClass = true;
                    }
                } else {
                    bind(n.id(), n.pos());
                }
                if (n.id().equals("__class__") && current.isFunctionLike()) {
                    current.usesSuperOrClass = true;
                }
            }
            case Expr.BoolOp b -> expressions(b.values());
            case Expr.NamedExpr n -> {
                expression(n.value());
                bindWalrus(n.target());
            }
            case Expr.BinOp b -> {
                expression(b.left());
                expression(b.right());
            }
            case Expr.UnaryOp u -> expression(u.operand());
            case Expr.Lambda l -> {
                argumentDefaults(l.args());
                Scope scope = open(l, Scope.Kind.FUNCTION, "<lambda>");
                parameters(l.args(), scope);
                expression(l.body());
                close(scope);
            }
            case Expr.IfExp i -> {
                expression(i.test());
                expression(i.body());
                expression(i.orelse());
            }
            case Expr.DictDisplay d -> {
                for (Expr k : d.keys()) {
                    expressionOrNull(k);
                }
                expressions(d.values());
            }
            case Expr.SetDisplay s -> expressions(s.elts());
            case Expr.ListComp c -> comprehension(c, "<listcomp>", c.generators(), c.elt(), null);
            case Expr.SetComp c -> comprehension(c, "<setcomp>", c.generators(), c.elt(), null);
            case Expr.DictComp c -> comprehension(c, "<dictcomp>", c.generators(), c.key(), c.value());
            case Expr.GeneratorExp g -> comprehension(g, "<genexpr>", g.generators(), g.elt(), null);
            case Expr.Await a -> expression(a.value());
            case Expr.Yield y -> expressionOrNull(y.value());
            case Expr.YieldFrom y -> expression(y.value());
            case Expr.Compare c -> {
                expression(c.left());
                expressions(c.comparators());
            }
            case Expr.Call c -> {
                expression(c.func());
                expressions(c.args());
                for (Keyword k : c.keywords()) {
                    expression(k.value());
                }
            }
            case Expr.FormattedValue f -> {
                expression(f.value());
                expressionOrNull(f.formatSpec());
            }
            case Expr.JoinedStr j -> expressions(j.values());
            case Expr.Constant c -> {
            }
            case Expr.Attribute a -> expression(a.value());
            case Expr.Subscript s -> {
                expression(s.value());
                expression(s.slice());
            }
            case Expr.Starred s -> expression(s.value());
            case Expr.ListDisplay l -> {
                if (l.ctx() == Expr.Ctx.LOAD) {
                    expressions(l.elts());
                } else {
                    target(l);
                }
            }
            case Expr.TupleDisplay t -> {
                if (t.ctx() == Expr.Ctx.LOAD) {
                    expressions(t.elts());
                } else {
                    target(t);
                }
            }
            case Expr.Slice s -> {
                expressionOrNull(s.lower());
                expressionOrNull(s.upper());
                expressionOrNull(s.step());
            }
        }
    }

    /** The first iterable belongs to the enclosing scope; everything else to the comprehension's own. */
    private void comprehension(Expr node, String name, List<Comprehension> generators, Expr element, Expr value) {
        expression(generators.get(0).iter());
        Scope scope = open(node, Scope.Kind.COMPREHENSION, name);
        scope.parameters.add(".0");
        scope.bound.add(".0");
        for (int i = 0; i < generators.size(); i++) {
            Comprehension g = generators.get(i);
            if (i > 0) {
                expression(g.iter());
            }
            target(g.target());
            expressions(g.ifs());
        }
        expression(element);
        expressionOrNull(value);
        close(scope);
    }

    /** {@code (x := value)} in a comprehension binds x in the nearest enclosing function or module. */
    private void bindWalrus(Expr.Name target) {
        if (current.kind() != Scope.Kind.COMPREHENSION) {
            bind(target.id(), target.pos());
            return;
        }
        String name = Mangling.mangle(privateClass, target.id());
        Scope owner = current;
        while (owner.kind() == Scope.Kind.COMPREHENSION) {
            owner = owner.parent();
        }
        if (owner.kind() == Scope.Kind.CLASS) {
            throw new CompileError("assignment expression within a comprehension cannot be used in a class body",
                    target.pos());
        }
        owner.bound.add(name);
        if (owner.kind() == Scope.Kind.MODULE) {
            current.declaredGlobal.add(name);
        } else {
            current.declaredNonlocal.add(name);
        }
        current.bound.add(name);
    }

    // ---- resolution ----

    private void resolve(Scope scope) {
        for (String name : scope.declaredGlobal) {
            scope.resolve(name, Scope.Access.GLOBAL);
        }
        for (String name : scope.bound) {
            if (scope.declaredGlobal.contains(name) || scope.declaredNonlocal.contains(name)) {
                continue;
            }
            scope.resolve(name, switch (scope.kind()) {
                case MODULE, CLASS -> scope.namesInNamespace ? Scope.Access.CLASS_NAME : Scope.Access.GLOBAL;
                case FUNCTION, COMPREHENSION -> Scope.Access.LOCAL;
            });
        }
        for (String name : scope.parameters) {
            if (scope.isFunctionLike()) {
                scope.resolve(name, Scope.Access.LOCAL);
            }
        }
        for (String name : scope.declaredNonlocal) {
            if (!captureFromEnclosing(scope, name)) {
                throw new CompileError("no binding for nonlocal '" + name + "' found",
                        nonlocalPositions.getOrDefault(scope, Pos.NONE));
            }
        }
        if (scope.usesSuperOrClass) {
            captureClassCell(scope);
        }
        for (String name : scope.used) {
            if (scope.bound.contains(name) || scope.declaredGlobal.contains(name) || scope.declaredNonlocal.contains(name)) {
                continue;
            }
            if (scope.kind() == Scope.Kind.MODULE) {
                continue;
            }
            captureFromEnclosing(scope, name);
        }
        for (Scope child : scope.children()) {
            resolve(child);
        }
    }

    /**
     * Finds {@code name} bound in an enclosing function (class bodies are skipped, as Python's
     * scoping skips them); on success the binder holds it in a cell and every scope in between
     * passes it through its closure.
     */
    private boolean captureFromEnclosing(Scope scope, String name) {
        Scope binder = scope.parent();
        while (binder != null) {
            if (binder.isFunctionLike() && !binder.declaredGlobal.contains(name)
                    && (binder.bound.contains(name) || binder.free.contains(name)
                    || binder.declaredNonlocal.contains(name))) {
                break;
            }
            if (binder.kind() == Scope.Kind.MODULE) {
                return false;
            }
            binder = binder.parent();
        }
        if (binder == null) {
            return false;
        }
        if (!binder.free.contains(name) && !binder.declaredNonlocal.contains(name)) {
            binder.resolve(name, Scope.Access.CELL);
            binder.captured.add(name);
        }
        for (Scope s = scope; s != binder; s = s.parent()) {
            s.free.add(name);
            if (s.isFunctionLike() || s == scope) {
                if (!(s.kind() == Scope.Kind.CLASS && s.bound.contains(name))) {
                    s.resolve(name, s.kind() == Scope.Kind.CLASS ? Scope.Access.CLASS_NAME : Scope.Access.FREE);
                }
            }
        }
        return true;
    }

    /** A method using {@code super()} or {@code __class__} closes over its class's {@code __class__} cell. */
    private void captureClassCell(Scope scope) {
        Scope classScope = scope.parent();
        while (classScope != null && classScope.kind() != Scope.Kind.CLASS) {
            classScope = classScope.parent();
        }
        if (classScope == null) {
            return;
        }
        classScope.needsClassCell = true;
        classScope.resolve("__class__", Scope.Access.CELL);
        for (Scope s = scope; s != classScope; s = s.parent()) {
            s.free.add("__class__");
            s.resolve("__class__", Scope.Access.FREE);
        }
    }
}
