package skein.interpreter.translator;

import com.oracle.truffle.api.source.Source;
import com.oracle.truffle.api.source.SourceSection;
import skein.interpreter.SkeinLanguage;
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
import skein.interpreter.nodes.AssignTargetNode;
import skein.interpreter.nodes.BlockNode;
import skein.interpreter.nodes.ExpressionNode;
import skein.interpreter.nodes.FunctionRootNode;
import skein.interpreter.nodes.StatementNode;
import skein.interpreter.nodes.access.AttributeTargetNode;
import skein.interpreter.nodes.access.GetItemNodeGen;
import skein.interpreter.nodes.access.SubscriptTargetNode;
import skein.interpreter.nodes.collections.SequenceItemsNode;
import skein.interpreter.nodes.collections.UnpackTargetNode;
import skein.interpreter.nodes.control.BreakNode;
import skein.interpreter.nodes.control.ContinueNode;
import skein.interpreter.nodes.control.ReturnNode;
import skein.interpreter.nodes.definitions.CollectionAppendNode;
import skein.interpreter.nodes.definitions.DecoratedNode;
import skein.interpreter.nodes.definitions.GetIteratorExpressionNode;
import skein.interpreter.nodes.definitions.MakeClassNode;
import skein.interpreter.nodes.definitions.MakeFunctionNode;
import skein.interpreter.nodes.definitions.NewCollectionNode;
import skein.interpreter.nodes.generators.AwaitNode;
import skein.interpreter.nodes.generators.GeneratorBodyRootNode;
import skein.interpreter.nodes.generators.GetAsyncIteratorNode;
import skein.interpreter.nodes.generators.MakeGeneratorNode;
import skein.interpreter.nodes.generators.ResumePoints;
import skein.interpreter.nodes.generators.SavedValueNode;
import skein.interpreter.nodes.generators.YieldNode;
import skein.interpreter.nodes.imports.ImportFromNode;
import skein.interpreter.nodes.imports.ImportNode;
import skein.interpreter.nodes.imports.ImportStarNode;
import skein.interpreter.nodes.literals.ConstantNode;
import skein.interpreter.nodes.literals.UnsupportedNode;
import skein.interpreter.nodes.operators.BinaryNode;
import skein.interpreter.nodes.operators.InPlaceNodeGen;
import skein.interpreter.nodes.operators.TruthNode;
import skein.interpreter.nodes.operators.TruthNodeGen;
import skein.interpreter.nodes.statements.AssertNode;
import skein.interpreter.nodes.statements.AssignNode;
import skein.interpreter.nodes.statements.AsyncForNode;
import skein.interpreter.nodes.statements.AsyncWithNode;
import skein.interpreter.nodes.statements.AugmentedAssignNode;
import skein.interpreter.nodes.statements.AugmentedItemAssignNode;
import skein.interpreter.nodes.statements.DeleteNode;
import skein.interpreter.nodes.statements.DisplayExpressionNode;
import skein.interpreter.nodes.statements.ExceptHandlerNode;
import skein.interpreter.nodes.statements.ExpressionStatementNode;
import skein.interpreter.nodes.statements.ForNode;
import skein.interpreter.nodes.statements.IfNode;
import skein.interpreter.nodes.statements.LocalAssignNode;
import skein.interpreter.nodes.statements.PassNode;
import skein.interpreter.nodes.statements.RaiseNode;
import skein.interpreter.nodes.statements.TryExceptNode;
import skein.interpreter.nodes.statements.TryFinallyNode;
import skein.interpreter.nodes.statements.WhileNode;
import skein.interpreter.nodes.statements.WithNode;
import skein.interpreter.nodes.variables.CellTargetNode;
import skein.interpreter.nodes.variables.ClassNameTargetNode;
import skein.interpreter.nodes.variables.GlobalTargetNode;
import skein.interpreter.nodes.variables.LocalTargetNode;
import skein.interpreter.nodes.variables.ReadGlobalNode;
import skein.interpreter.nodes.variables.ReadSlotObjectNode;
import skein.interpreter.nodes.variables.SetupAnnotationsNode;
import skein.interpreter.nodes.variables.TemporaryTargetNode;
import skein.interpreter.nodes.variables.WriteLocalNodeGen;
import skein.interpreter.objects.FunctionCode;
import skein.interpreter.objects.Signature;
import skein.interpreter.objects.generators.Awaitables;
import skein.interpreter.objects.generators.ResumableFrame;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Turns a module's AST into Truffle nodes: one {@link FunctionCode} with its own root for the
 * module body and for every function, lambda, class body and comprehension in it. Names are
 * resolved to frame slots, cells, globals or class namespaces by the {@link ScopeAnalyzer} first.
 */
public final class Translator {

    final SkeinLanguage language;
    final Source source;
    final String filename;
    private final Map<Object, Scope> scopes;
    FunctionContext function;
    private final Expressions expressions;
    /** compile()'s optimization level: 1 drops asserts and makes {@code __debug__} False, 2 also drops docstrings. */
    final int optimize;

    private Translator(SkeinLanguage language, Source source, Map<Object, Scope> scopes, int optimize) {
        this.language = language;
        this.source = source;
        this.filename = source.getName();
        this.scopes = scopes;
        this.optimize = optimize;
        this.expressions = new Expressions(this);
    }

    /** The code of a module body; raises {@link CompileError} for errors found after parsing. */
    public static FunctionCode translateModule(SkeinLanguage language, Source source, Module module) {
        Map<Object, Scope> scopes = ScopeAnalyzer.analyze(module);
        Translator translator = new Translator(language, source, scopes, 0);
        return translator.moduleCode(module, scopes.get(module), true);
    }

    /**
     * The code {@code compile} makes: its top-level names live in the namespace that
     * {@code exec} or {@code eval} runs it with (see {@link skein.interpreter.runtime.CodeExecution}).
     * In {@link CompileMode#EVAL} the module holds one expression statement, the code's result.
     */
    public static FunctionCode translateCompiled(SkeinLanguage language, Source source, Module module, CompileMode mode,
                                                 int optimize) {
        Map<Object, Scope> scopes = ScopeAnalyzer.analyze(module, true);
        Translator translator = new Translator(language, source, scopes, optimize);
        Scope scope = scopes.get(module);
        return switch (mode) {
            case EXEC -> translator.moduleCode(module, scope, false);
            case SINGLE -> translator.cellCode(module, scope, true);
            case EVAL -> translator.expressionCode((Stmt.ExprStmt) module.body().get(0), scope);
        };
    }

    /** The code of a notebook cell: see {@link ModuleCompiler#compileCell}. */
    public static FunctionCode translateCell(SkeinLanguage language, Source source, Module module) {
        Map<Object, Scope> scopes = ScopeAnalyzer.analyze(module);
        Translator translator = new Translator(language, source, scopes, 0);
        return translator.cellCode(module, scopes.get(module), false);
    }

    /**
     * A cell's code: the expression statements of its last statement display their values, or
     * those of every statement when {@code allDisplay} (compile's 'single' mode: one line of them).
     */
    private FunctionCode cellCode(Module module, Scope scope, boolean allDisplay) {
        FunctionContext saved = function;
        function = new FunctionContext(scope, "<module>", null);
        try {
            List<Stmt> statements = module.body();
            List<StatementNode> body = new ArrayList<>();
            if (hasAnnotations(statements)) {
                body.add(new SetupAnnotationsNode());
            }
            for (int i = 0; i < statements.size(); i++) {
                function.displaysExpressions = allDisplay || i == statements.size() - 1;
                Stmt s = statements.get(i);
                body.add(statement(s).atLine(s.pos().line()));
            }
            return finishCode("<module>", "<module>", 1, Signature.positional(), FunctionCode.Kind.MODULE,
                    new BlockNode(body.toArray(new StatementNode[0])), null, section(1));
        } finally {
            function = saved;
        }
    }

    private FunctionCode expressionCode(Stmt.ExprStmt statement, Scope scope) {
        FunctionContext saved = function;
        function = new FunctionContext(scope, "<module>", null);
        try {
            StatementNode body = new ReturnNode(expressions.translate(statement.value())).atLine(statement.pos().line());
            return finishCode("<module>", "<module>", 1, Signature.positional(), FunctionCode.Kind.MODULE, body, null,
                    section(1));
        } finally {
            function = saved;
        }
    }

    private FunctionCode moduleCode(Module module, Scope scope, boolean resultIsLastExpression) {
        FunctionContext saved = function;
        function = new FunctionContext(scope, "<module>", null);
        try {
            List<StatementNode> body = new ArrayList<>();
            Object doc = docString(module.body());
            if (doc != null) {
                body.add(new AssignNode(new ConstantNode(doc), new AssignTargetNode[]{nameTarget("__doc__")}).atLine(1));
            }
            if (hasAnnotations(module.body())) {
                body.add(new SetupAnnotationsNode());
            }
            body.addAll(statementList(module.body()));
            if (resultIsLastExpression) {
                returnLastExpression(module.body(), body);
            }
            return finishCode("<module>", "<module>", 1, Signature.positional(), FunctionCode.Kind.MODULE,
                    new BlockNode(body.toArray(new StatementNode[0])), null, section(1));
        } finally {
            function = saved;
        }
    }

    /**
     * A module's last expression statement also becomes the module code's result: an embedder's
     * {@code eval("1 + 2")} gets 3. Running a module or a script ignores the result.
     */
    private void returnLastExpression(List<Stmt> statements, List<StatementNode> body) {
        if (!statements.isEmpty() && statements.get(statements.size() - 1) instanceof Stmt.ExprStmt last) {
            body.set(body.size() - 1, new ReturnNode(expressions.translate(last.value())).atLine(last.pos().line()));
        }
    }

    // ---- code objects ----

    /**
     * Builds the root and code for the current {@link #function} context: the prologue moves
     * parameters into slots (cells for captured ones), creates the other cells and fetches the
     * closure.
     */
    private FunctionCode finishCode(String name, String qualname, int firstLine, Signature signature,
                                    FunctionCode.Kind kind, StatementNode body, Object doc, SourceSection section) {
        Scope scope = function.scope;
        String[] parameterNames = signature.names();
        int[] parameterSlots = new int[parameterNames.length];
        boolean[] parameterIsCell = new boolean[parameterNames.length];
        for (int i = 0; i < parameterNames.length; i++) {
            parameterSlots[i] = function.slot(parameterNames[i]);
            parameterIsCell[i] = scope.access(parameterNames[i]) == Scope.Access.CELL;
        }
        List<Integer> newCells = new ArrayList<>();
        List<String> cellNames = scope.cellVariables();
        for (String cell : cellNames) {
            if (!scope.parameters().contains(cell)) {
                newCells.add(function.slot(cell));
            }
        }
        List<String> freeNames = scope.freeVariables();
        int[] freeSlots = new int[freeNames.size()];
        for (int i = 0; i < freeSlots.length; i++) {
            freeSlots[i] = function.slot(freeNames.get(i));
        }
        GeneratorBodyRootNode bodyRoot = null;
        if (function.resumable != null) {
            bodyRoot = new GeneratorBodyRootNode(language, body, function.yieldLines(), section);
            body = new MakeGeneratorNode(function.resumable).atLine(firstLine);
        }
        FunctionRootNode root = new FunctionRootNode(language, function.frame.build(), body, parameterSlots, parameterIsCell,
                newCells.stream().mapToInt(Integer::intValue).toArray(), freeSlots, section, bodyRoot != null);
        List<String> locals = scope.frameVariables();
        FunctionCode code = new FunctionCode(name, qualname, filename, firstLine, signature, kind,
                locals.toArray(new String[0]), freeNames.toArray(new String[0]), cellNames.toArray(new String[0]), doc);
        root.setCode(code);
        code.setCallTarget(root.getCallTarget());
        if (bodyRoot != null) {
            if (function.hasCleanup) {
                code.markHasCleanup();
            }
            bodyRoot.setCode(code);
            code.setBodyTarget(bodyRoot.getCallTarget());
        }
        return code;
    }

    SourceSection section(int line) {
        if (line < 1 || line > source.getLineCount()) {
            return source.createUnavailableSection();
        }
        return source.createSection(line);
    }

    /** A {@code def} or {@code lambda} as a function-making expression (decorators not applied). */
    MakeFunctionNode makeFunction(Object node, String name, Arguments args, List<Stmt> statements, Expr lambdaBody,
                                  Expr returns, boolean isAsync, Pos pos) {
        ExpressionNode[] defaults = expressions.list(args.defaults());
        ExpressionNode[] kwDefaults = new ExpressionNode[args.kwonlyargs().size()];
        for (int i = 0; i < kwDefaults.length; i++) {
            Expr d = i < args.kwDefaults().size() ? args.kwDefaults().get(i) : null;
            kwDefaults[i] = d == null ? null : expressions.translate(d);
        }
        List<String> annotationNames = new ArrayList<>();
        List<ExpressionNode> annotationValues = new ArrayList<>();
        for (List<Arguments.Arg> group : List.of(args.posonlyargs(), args.args())) {
            addAnnotations(group, annotationNames, annotationValues);
        }
        if (args.vararg() != null) {
            addAnnotations(List.of(args.vararg()), annotationNames, annotationValues);
        }
        addAnnotations(args.kwonlyargs(), annotationNames, annotationValues);
        if (args.kwarg() != null) {
            addAnnotations(List.of(args.kwarg()), annotationNames, annotationValues);
        }
        if (returns != null) {
            annotationNames.add("return");
            annotationValues.add(expressions.translate(returns));
        }
        Scope scope = scopes.get(node);
        String qualname = function.childQualname(name);
        boolean suspends = lambdaBody == null ? Suspension.containsYield(statements) : Suspension.containsYield(lambdaBody);
        ResumableFrame.Kind resumable = isAsync ? (suspends ? ResumableFrame.Kind.ASYNC_GENERATOR : ResumableFrame.Kind.COROUTINE)
                : (suspends ? ResumableFrame.Kind.GENERATOR : null);
        FunctionContext saved = function;
        function = new FunctionContext(scope, qualname, saved.privateClass, resumable, isAsync);
        FunctionCode code;
        try {
            Signature signature = signatureOf(args, function);
            StatementNode body;
            Object doc = null;
            if (lambdaBody != null) {
                body = new ReturnNode(expressions.translate(lambdaBody)).atLine(lambdaBody.pos().line());
            } else {
                doc = docString(statements);
                body = body(statements);
            }
            FunctionCode.Kind kind = isAsync ? (suspends ? FunctionCode.Kind.ASYNC_GENERATOR : FunctionCode.Kind.COROUTINE)
                    : (suspends ? FunctionCode.Kind.GENERATOR : FunctionCode.Kind.FUNCTION);
            code = finishCode(name, qualname, pos.line(), signature, kind, body, doc, section(pos.line()));
        } finally {
            function = saved;
        }
        return new MakeFunctionNode(code, defaults, kwDefaults, closureSlots(scope), annotationNames.toArray(new String[0]),
                annotationValues.toArray(new ExpressionNode[0]));
    }

    private void addAnnotations(List<Arguments.Arg> args, List<String> names, List<ExpressionNode> values) {
        for (Arguments.Arg a : args) {
            if (a.annotation() != null) {
                names.add(function.mangle(a.name()));
                values.add(expressions.translate(a.annotation()));
            }
        }
    }

    /** In the current (enclosing) frame: the slots of the cells a nested scope closes over. */
    int[] closureSlots(Scope nested) {
        List<String> free = nested.freeVariables();
        int[] slots = new int[free.size()];
        for (int i = 0; i < slots.length; i++) {
            slots[i] = function.slot(free.get(i));
        }
        return slots;
    }

    private static Signature signatureOf(Arguments args, FunctionContext context) {
        List<String> names = new ArrayList<>();
        args.posonlyargs().forEach(a -> names.add(context.mangle(a.name())));
        args.args().forEach(a -> names.add(context.mangle(a.name())));
        if (args.vararg() != null) {
            names.add(context.mangle(args.vararg().name()));
        }
        args.kwonlyargs().forEach(a -> names.add(context.mangle(a.name())));
        if (args.kwarg() != null) {
            names.add(context.mangle(args.kwarg().name()));
        }
        return new Signature(names.toArray(new String[0]), args.posonlyargs().size(),
                args.posonlyargs().size() + args.args().size(), args.kwonlyargs().size(), args.vararg() != null,
                args.kwarg() != null);
    }

    private Object docString(List<Stmt> statements) {
        if (optimize < 2 && !statements.isEmpty() && statements.get(0) instanceof Stmt.ExprStmt e
                && e.value() instanceof Expr.Constant c && c.value() instanceof String s) {
            return s;
        }
        return null;
    }

    /**
     * A comprehension: a function of one argument (the first iterable's iterator), called at
     * once. A list, set or dict comprehension returns the collection it built; a generator
     * expression ({@code kind} null) is a generator function, so the call gives the generator.
     */
    ExpressionNode comprehension(Expr node, String name, List<Comprehension> generators, Expr element, Expr value,
                                 NewCollectionNode.Kind kind) {
        boolean generator = kind == null;
        boolean async = Suspension.isAsyncComprehension(generators, element, value);
        if (async && !generator && !function.isAsync) {
            throw new CompileError("asynchronous comprehension outside of an asynchronous function", node.pos());
        }
        ExpressionNode firstIterable = expressions.translate(generators.get(0).iter());
        ExpressionNode firstIterator = generators.get(0).isAsync() ? new GetAsyncIteratorNode(firstIterable)
                : new GetIteratorExpressionNode(firstIterable);
        Scope scope = scopes.get(node);
        String qualname = function.childQualname(name);
        FunctionContext saved = function;
        ResumableFrame.Kind resumable = generator ? (async ? ResumableFrame.Kind.ASYNC_GENERATOR : ResumableFrame.Kind.GENERATOR)
                : (async ? ResumableFrame.Kind.COROUTINE : null);
        function = new FunctionContext(scope, qualname, saved.privateClass, resumable, async);
        function.comprehension = switch (name) {
            case "<listcomp>" -> "list comprehension";
            case "<setcomp>" -> "set comprehension";
            case "<dictcomp>" -> "dict comprehension";
            default -> "generator expression";
        };
        FunctionCode code;
        try {
            int line = node.pos().line();
            StatementNode body;
            if (generator) {
                body = new BlockNode(new StatementNode[]{comprehensionLoop(node, generators, 0,
                        () -> new ExpressionStatementNode(new YieldNode(expressions.translate(element),
                                function.newYieldPoint(element.pos().line()), async)).atLine(element.pos().line()))
                        .atLine(line)});
            } else {
                int result = function.temporary();
                body = sequence(List.of(
                        () -> new LocalResultInit(result, new NewCollectionNode(kind)).atLine(line),
                        () -> comprehensionLoop(node, generators, 0,
                                () -> {
                                    ExpressionNode[] item = expressions.operands(java.util.Arrays.asList(element, value));
                                    return new CollectionAppendNode(result, item[0], item[1]).atLine(element.pos().line());
                                }),
                        () -> new ReturnNode(new ReadSlotObjectNode(result)).atLine(line)));
            }
            FunctionCode.Kind codeKind = generator ? (async ? FunctionCode.Kind.ASYNC_GENERATOR : FunctionCode.Kind.GENERATOR)
                    : (async ? FunctionCode.Kind.COROUTINE : FunctionCode.Kind.FUNCTION);
            code = finishCode(name, qualname, line, Signature.positional(".0"), codeKind, body, null, section(line));
        } finally {
            function = saved;
        }
        MakeFunctionNode make = new MakeFunctionNode(code, new ExpressionNode[0], new ExpressionNode[0],
                closureSlots(scope), new String[0], new ExpressionNode[0]);
        ExpressionNode call = new skein.interpreter.nodes.calls.CallNode(make, new ExpressionNode[]{firstIterator}, null, null);
        if (async && !generator) {
            return new AwaitNode(call, function.newYieldPoint(node.pos().line()), Awaitables.Site.AWAIT);
        }
        return call;
    }

    /** The loop of generator {@code index} of a comprehension and everything inside it, down to {@code innermost}. */
    private StatementNode comprehensionLoop(Expr node, List<Comprehension> generators, int index,
                                            Supplier<StatementNode> innermost) {
        if (index == generators.size()) {
            return innermost.get();
        }
        Comprehension g = generators.get(index);
        Supplier<StatementNode> body = () -> comprehensionConditions(g, 0,
                () -> comprehensionLoop(node, generators, index + 1, innermost));
        if (g.isAsync()) {
            return asyncFor(() -> index == 0 ? expressions.readName(".0", node.pos()) : expressions.translate(g.iter()),
                    index == 0, g.target(), body, () -> null, g.target().pos().line()).atLine(g.target().pos().line());
        }
        PartRanges ranges = new PartRanges(function, 3);
        ExpressionNode iterable = ranges.part(0, () -> index == 0 ? expressions.readName(".0", node.pos())
                : expressions.translate(g.iter()));
        AssignTargetNode target = target(g.target());
        StatementNode loopBody = ranges.part(1, body);
        return new ForNode(iterable, target, loopBody, null, function.temporary(), ranges.build(), false)
                .atLine(g.target().pos().line());
    }

    /** The {@code if} clauses of one comprehension generator, from {@code index} on, around {@code inner}. */
    private StatementNode comprehensionConditions(Comprehension g, int index, Supplier<StatementNode> inner) {
        if (index == g.ifs().size()) {
            return inner.get();
        }
        Expr condition = g.ifs().get(index);
        PartRanges ranges = new PartRanges(function, 3);
        TruthNode test = ranges.part(0, () -> TruthNodeGen.create(expressions.translate(condition)));
        StatementNode then = ranges.part(1, () -> comprehensionConditions(g, index + 1, inner));
        return new IfNode(test, then, null, ranges.build()).atLine(condition.pos().line());
    }

    /** Stores a freshly made object into a temporary slot. */
    private static final class LocalResultInit extends StatementNode {
        private final int slot;
        @Child private ExpressionNode value;

        LocalResultInit(int slot, ExpressionNode value) {
            this.slot = slot;
            this.value = value;
        }

        @Override
        public void executeVoid(com.oracle.truffle.api.frame.VirtualFrame frame) {
            frame.setObject(slot, value.execute(frame));
        }
    }

    /** A class statement's value: the class, made by running the body in a fresh namespace. */
    private ExpressionNode makeClass(Stmt.ClassDef c) {
        boolean[] starred = new boolean[c.bases().size()];
        boolean anyStarred = false;
        for (int i = 0; i < starred.length; i++) {
            starred[i] = c.bases().get(i) instanceof Expr.Starred;
            anyStarred |= starred[i];
        }
        SequenceItemsNode bases = new SequenceItemsNode(expressions.unstarred(c.bases()), anyStarred ? starred : null);
        String[] keywordNames = new String[c.keywords().size()];
        ExpressionNode[] keywordValues = new ExpressionNode[keywordNames.length];
        for (int i = 0; i < keywordNames.length; i++) {
            Keyword k = c.keywords().get(i);
            keywordNames[i] = k.arg();
            keywordValues[i] = expressions.translate(k.value());
        }
        Scope scope = scopes.get(c);
        String qualname = function.childQualname(c.name());
        FunctionContext saved = function;
        function = new FunctionContext(scope, qualname, c.name());
        FunctionCode code;
        try {
            List<StatementNode> body = new ArrayList<>();
            int line = c.pos().line();
            body.add(new AssignNode(new ReadGlobalNode("__name__"), new AssignTargetNode[]{new ClassNameTargetNode("__module__")})
                    .atLine(line));
            body.add(new AssignNode(new ConstantNode(qualname), new AssignTargetNode[]{new ClassNameTargetNode("__qualname__")})
                    .atLine(line));
            Object doc = docString(c.body());
            if (doc != null) {
                body.add(new AssignNode(new ConstantNode(doc), new AssignTargetNode[]{new ClassNameTargetNode("__doc__")})
                        .atLine(line));
            }
            if (hasAnnotations(c.body())) {
                body.add(new AssignNode(expressions.newDict(), new AssignTargetNode[]{new ClassNameTargetNode("__annotations__")})
                        .atLine(line));
            }
            body.addAll(statementList(c.body()));
            if (scope.needsClassCell()) {
                body.add(new AssignNode(new ReadSlotObjectNode(function.slot("__class__")),
                        new AssignTargetNode[]{new ClassNameTargetNode("__classcell__")}).atLine(line));
            }
            code = finishCode(c.name(), qualname, line, Signature.positional(), FunctionCode.Kind.CLASS_BODY,
                    new BlockNode(body.toArray(new StatementNode[0])), doc, section(line));
        } finally {
            function = saved;
        }
        MakeFunctionNode bodyFunction = new MakeFunctionNode(code, new ExpressionNode[0], new ExpressionNode[0],
                closureSlots(scope), new String[0], new ExpressionNode[0]);
        return new MakeClassNode(c.name(), bases, keywordNames, keywordValues, bodyFunction);
    }

    private static boolean hasAnnotations(List<Stmt> body) {
        for (Stmt s : body) {
            if (s instanceof Stmt.AnnAssign a && a.simple()) {
                return true;
            }
        }
        return false;
    }

    // ---- statements ----

    List<StatementNode> statementList(List<Stmt> statements) {
        List<StatementNode> out = new ArrayList<>(statements.size());
        for (Stmt s : statements) {
            out.add(statement(s).atLine(s.pos().line()));
        }
        return out;
    }

    /** A block that must exist (a body), wrapped so that exceptions note its lines. */
    BlockNode body(List<Stmt> statements) {
        return body(null, statements);
    }

    /** A body with a statement of the translator's own before its statements (null for none). */
    private BlockNode body(Supplier<StatementNode> first, List<Stmt> statements) {
        List<Supplier<StatementNode>> steps = new ArrayList<>();
        if (first != null) {
            steps.add(first);
        }
        for (Stmt s : statements) {
            steps.add(() -> statement(s).atLine(s.pos().line()));
        }
        return sequence(steps);
    }

    /** A block of statements translated in order, resumable at any of them. */
    private BlockNode sequence(List<Supplier<StatementNode>> steps) {
        PartRanges ranges = new PartRanges(function, steps.size());
        StatementNode[] nodes = new StatementNode[steps.size()];
        for (int i = 0; i < nodes.length; i++) {
            nodes[i] = ranges.part(i, steps.get(i));
        }
        return new BlockNode(nodes, ranges.build());
    }

    /**
     * The statement assigning a temporary's value to a target that holds yield points: loops
     * and {@code with} store into the temporary and run this first in their body, so that a
     * generator resuming inside the target does not take the value again.
     */
    private Supplier<StatementNode> assignFromTemporary(int temporary, Expr target, int line) {
        return () -> new AssignNode(new ReadSlotObjectNode(temporary), new AssignTargetNode[]{target(target)}).atLine(line);
    }

    private StatementNode optionalBody(List<Stmt> statements) {
        return statements.isEmpty() ? null : body(statements);
    }

    private StatementNode statement(Stmt stmt) {
        return switch (stmt) {
            case Stmt.ExprStmt e -> function.displaysExpressions ? new DisplayExpressionNode(expressions.translate(e.value()))
                    : new ExpressionStatementNode(expressions.translate(e.value()), e.value() instanceof Expr.Call);
            case Stmt.Assign a -> assign(a);
            case Stmt.AugAssign a -> augmentedAssign(a);
            case Stmt.AnnAssign a -> annotatedAssign(a);
            case Stmt.If i -> {
                PartRanges ranges = new PartRanges(function, 3);
                TruthNode test = ranges.part(0, () -> TruthNodeGen.create(expressions.translate(i.test())));
                StatementNode then = ranges.part(1, () -> body(i.body()));
                StatementNode otherwise = ranges.part(2, () -> optionalBody(i.orelse()));
                yield new IfNode(test, then, otherwise, ranges.build());
            }
            case Stmt.While w -> {
                PartRanges ranges = new PartRanges(function, 3);
                TruthNode test = ranges.part(0, () -> TruthNodeGen.create(expressions.translate(w.test())));
                function.loopDepth++;
                StatementNode loopBody;
                try {
                    loopBody = ranges.part(1, () -> body(w.body()));
                } finally {
                    function.loopDepth--;
                }
                StatementNode orelse = ranges.part(2, () -> optionalBody(w.orelse()));
                yield new WhileNode(test, loopBody, orelse, ranges.build());
            }
            case Stmt.For f -> forLoop(f);
            case Stmt.Break b -> new BreakNode();
            case Stmt.Continue c -> new ContinueNode();
            case Stmt.Pass p -> new PassNode();
            case Stmt.Return r -> {
                if (!function.scope.isFunctionLike()) {
                    throw new CompileError("'return' outside function", r.pos());
                }
                if (r.value() != null && function.resumable == ResumableFrame.Kind.ASYNC_GENERATOR) {
                    throw new CompileError("'return' with value in async generator", r.pos());
                }
                yield new ReturnNode(r.value() == null ? null : expressions.translate(r.value()));
            }
            case Stmt.Delete d -> {
                AssignTargetNode[] targets = new AssignTargetNode[d.targets().size()];
                for (int i = 0; i < targets.length; i++) {
                    targets[i] = target(d.targets().get(i));
                }
                yield new DeleteNode(targets);
            }
            case Stmt.FunctionDef f -> {
                ExpressionNode make = makeFunction(f, f.name(), f.args(), f.body(), null, f.returns(), f.isAsync(), f.pos());
                if (!f.decorators().isEmpty()) {
                    make = new DecoratedNode(expressions.list(f.decorators()), make);
                }
                yield new AssignNode(make, new AssignTargetNode[]{nameTarget(f.name())});
            }
            case Stmt.ClassDef c -> {
                ExpressionNode make = makeClass(c);
                if (!c.decorators().isEmpty()) {
                    make = new DecoratedNode(expressions.list(c.decorators()), make);
                }
                yield new AssignNode(make, new AssignTargetNode[]{nameTarget(c.name())});
            }
            case Stmt.Raise r -> new RaiseNode(r.exc() == null ? null : expressions.translate(r.exc()),
                    r.cause() == null ? null : expressions.translate(r.cause()));
            case Stmt.Assert a -> optimize > 0 ? new PassNode() : new AssertNode(TruthNodeGen.create(expressions.translate(a.test())),
                    a.msg() == null ? null : expressions.translate(a.msg()));
            case Stmt.Try t -> tryStatement(t);
            case Stmt.With w -> withStatement(w, 0);
            case Stmt.Import i -> importStatement(i);
            case Stmt.ImportFrom i -> importFrom(i);
            case Stmt.Global g -> new PassNode();
            case Stmt.Nonlocal n -> new PassNode();
        };
    }

    private StatementNode assign(Stmt.Assign a) {
        if (a.targets().size() == 1 && a.targets().get(0) instanceof Expr.Name n
                && function.scope.access(n.id()) == Scope.Access.LOCAL) {
            return new LocalAssignNode(WriteLocalNodeGen.create(expressions.translate(a.value()), function.slot(n.id())));
        }
        if (a.targets().stream().anyMatch(Suspension::hasSuspensionPoint)) {
            return assignThroughTemporary(a.value(), a.targets(), a.pos().line());
        }
        ExpressionNode value = expressions.translate(a.value());
        AssignTargetNode[] targets = new AssignTargetNode[a.targets().size()];
        for (int i = 0; i < targets.length; i++) {
            targets[i] = target(a.targets().get(i));
        }
        return new AssignNode(value, targets);
    }

    /**
     * Assigns {@code value} to targets that hold yield points, through a temporary: the value is
     * stored first, so that a generator resuming inside a target does not evaluate it again.
     */
    private BlockNode assignThroughTemporary(Expr value, List<Expr> targets, int line) {
        int temporary = function.temporary();
        List<Supplier<StatementNode>> steps = new ArrayList<>();
        steps.add(() -> new AssignNode(expressions.translate(value), new AssignTargetNode[]{new TemporaryTargetNode(temporary)})
                .atLine(line));
        for (Expr target : targets) {
            steps.add(assignFromTemporary(temporary, target, line));
        }
        return sequence(steps);
    }

    /**
     * {@code target op= value}. The target's object and key, and its current value, are
     * evaluated before the value; in a generator whose value suspends they are kept across the
     * suspension, as CPython keeps them on its stack.
     */
    private StatementNode augmentedAssign(Stmt.AugAssign a) {
        BinaryNode operation = InPlaceNodeGen.create(Operations.binaryOp(a.op()), Operations.binary(a.op(), null, null),
                null, null);
        boolean valueSuspends = function.resumable != null && Suspension.hasSuspensionPoint(a.value());
        int currentSlot = valueSuspends ? function.temporary() : -1;
        return switch (a.target()) {
            case Expr.Name n -> {
                ExpressionNode read = expressions.readName(n.id(), n.pos());
                if (valueSuspends) {
                    read = new SavedValueNode(read, currentSlot, 0, 0);
                }
                yield new AugmentedAssignNode(read, expressions.translate(a.value()), operation, nameTarget(n.id()));
            }
            case Expr.Attribute at -> {
                ExpressionNode[] o = expressions.operands(java.util.Arrays.asList(at.value(), a.value()));
                yield new AugmentedItemAssignNode(o[0], null, function.mangle(at.attr()), o[1], operation, null, currentSlot);
            }
            case Expr.Subscript s -> {
                ExpressionNode[] o = expressions.operands(java.util.Arrays.asList(s.value(), s.slice(), a.value()));
                yield new AugmentedItemAssignNode(o[0], o[1], null, o[2], operation, GetItemNodeGen.create(null, null),
                        currentSlot);
            }
            default -> throw new CompileError("'" + describe(a.target()) + "' is an illegal expression for augmented assignment",
                    a.target().pos());
        };
    }

    private StatementNode annotatedAssign(Stmt.AnnAssign a) {
        List<StatementNode> parts = new ArrayList<>();
        if (a.value() != null) {
            parts.add(new AssignNode(expressions.translate(a.value()), new AssignTargetNode[]{target(a.target())})
                    .atLine(a.pos().line()));
        }
        if (a.simple() && a.target() instanceof Expr.Name n && function.scope.kind() != Scope.Kind.FUNCTION
                && function.scope.kind() != Scope.Kind.COMPREHENSION) {
            ExpressionNode annotations = expressions.readName("__annotations__", a.pos());
            parts.add(new AssignNode(expressions.translate(a.annotation()), new AssignTargetNode[]{
                    new SubscriptTargetNode(annotations, new ConstantNode(n.id()))}).atLine(a.pos().line()));
        } else if (!(a.target() instanceof Expr.Name)) {
            if (a.target() instanceof Expr.Attribute at) {
                parts.add(new ExpressionStatementNode(expressions.translate(at.value())).atLine(a.pos().line()));
            } else if (a.target() instanceof Expr.Subscript s) {
                parts.add(new ExpressionStatementNode(expressions.translate(s.value())).atLine(a.pos().line()));
                parts.add(new ExpressionStatementNode(expressions.translate(s.slice())).atLine(a.pos().line()));
            }
        }
        if (parts.isEmpty()) {
            return new PassNode();
        }
        return parts.size() == 1 ? parts.get(0) : new BlockNode(parts.toArray(new StatementNode[0]));
    }

    private StatementNode forLoop(Stmt.For f) {
        if (f.isAsync()) {
            if (!function.isAsync) {
                throw new CompileError("'async for' outside async function", f.pos());
            }
            return asyncFor(() -> expressions.translate(f.iter()), false, f.target(),
                    () -> body(f.body()), () -> optionalBody(f.orelse()), f.pos().line());
        }
        PartRanges ranges = new PartRanges(function, 3);
        ExpressionNode iterable = ranges.part(0, () -> expressions.translate(f.iter()));
        boolean targetSuspends = Suspension.hasSuspensionPoint(f.target());
        int targetTemporary = targetSuspends ? function.temporary() : -1;
        AssignTargetNode target = targetSuspends ? new TemporaryTargetNode(targetTemporary) : target(f.target());
        function.loopDepth++;
        StatementNode loopBody;
        try {
            loopBody = ranges.part(1, () -> body(targetSuspends
                    ? assignFromTemporary(targetTemporary, f.target(), f.pos().line()) : null, f.body()));
        } finally {
            function.loopDepth--;
        }
        StatementNode orelse = ranges.part(2, () -> optionalBody(f.orelse()));
        boolean iterableIsTemporary = f.iter() instanceof Expr.Call || f.iter() instanceof Expr.GeneratorExp;
        return new ForNode(iterable, target, loopBody, orelse, function.temporary(), ranges.build(), iterableIsTemporary);
    }

    /**
     * An {@code async for} loop: the parts are made in order (iterable, the await of each next
     * item, body, else-clause) so that each gets its own yield points.
     */
    private StatementNode asyncFor(Supplier<ExpressionNode> iterable, boolean iterableIsIterator, Expr target,
                                   Supplier<StatementNode> loopBody, Supplier<StatementNode> orelse, int line) {
        PartRanges ranges = new PartRanges(function, 4);
        ExpressionNode iterableNode = ranges.part(0, iterable);
        int iteratorSlot = function.temporary();
        AwaitNode awaitNext = ranges.part(1, () -> new AwaitNode(new AsyncForNode.AnextNode(iteratorSlot),
                function.newYieldPoint(line), Awaitables.Site.ASYNC_FOR_NEXT));
        boolean targetSuspends = Suspension.hasSuspensionPoint(target);
        int targetTemporary = targetSuspends ? function.temporary() : -1;
        AssignTargetNode targetNode = targetSuspends ? new TemporaryTargetNode(targetTemporary) : target(target);
        function.loopDepth++;
        StatementNode bodyNode;
        try {
            bodyNode = ranges.part(2, targetSuspends
                    ? () -> sequence(List.of(assignFromTemporary(targetTemporary, target, line), loopBody)) : loopBody);
        } finally {
            function.loopDepth--;
        }
        StatementNode orelseNode = ranges.part(3, orelse);
        return new AsyncForNode(iterableNode, iterableIsIterator, awaitNext, targetNode, bodyNode, orelseNode, iteratorSlot,
                ranges.build());
    }

    private StatementNode tryStatement(Stmt.Try t) {
        function.hasCleanup = true;
        PartRanges finallyRanges = new PartRanges(function, 2);
        StatementNode result = finallyRanges.part(0, () -> tryExcept(t));
        if (!t.finalbody().isEmpty()) {
            StatementNode cleanup = finallyRanges.part(1, () -> body(t.finalbody()));
            ResumePoints resume = finallyRanges.build();
            result = new TryFinallyNode(result, cleanup, resume, resume == null ? -1 : function.temporary())
                    .atLine(t.pos().line());
        }
        return result;
    }

    /** The try statement without its finally clause. */
    private StatementNode tryExcept(Stmt.Try t) {
        int handlerCount = t.handlers().size();
        PartRanges ranges = new PartRanges(function, handlerCount + 2);
        StatementNode result = ranges.part(0, () -> body(t.body()));
        if (handlerCount == 0) {
            return result;
        }
        if (t.isStar()) {
            return new ExpressionStatementNode(new UnsupportedNode("'except*' clauses"));
        }
        ExceptHandlerNode[] handlers = new ExceptHandlerNode[handlerCount];
        for (int i = 0; i < handlerCount; i++) {
            ExceptHandler h = t.handlers().get(i);
            handlers[i] = ranges.part(1 + i, () -> exceptHandler(h));
        }
        StatementNode orelse = ranges.part(handlerCount + 1, () -> optionalBody(t.orelse()));
        ResumePoints resume = ranges.build();
        return new TryExceptNode(result, handlers, orelse, resume, resume == null ? -1 : function.temporary())
                .atLine(t.pos().line());
    }

    private ExceptHandlerNode exceptHandler(ExceptHandler h) {
        PartRanges ranges = new PartRanges(function, 2);
        ExpressionNode type = ranges.part(0, () -> h.type() == null ? null : expressions.translate(h.type()));
        StatementNode handlerBody = ranges.part(1, () -> body(h.body()));
        return new ExceptHandlerNode(type, h.name() == null ? null : nameTarget(h.name()), handlerBody, ranges.build());
    }

    private StatementNode withStatement(Stmt.With w, int item) {
        function.hasCleanup = true;
        if (w.isAsync() && !function.isAsync) {
            throw new CompileError("'async with' outside async function", w.pos());
        }
        if (w.isAsync()) {
            return asyncWith(w, item);
        }
        WithItem current = w.items().get(item);
        PartRanges ranges = new PartRanges(function, 2);
        ExpressionNode manager = ranges.part(0, () -> expressions.translate(current.contextExpr()));
        Expr vars = current.optionalVars();
        boolean targetSuspends = vars != null && Suspension.hasSuspensionPoint(vars);
        int targetTemporary = targetSuspends ? function.temporary() : -1;
        AssignTargetNode target = vars == null ? null : targetSuspends ? new TemporaryTargetNode(targetTemporary) : target(vars);
        Supplier<StatementNode> assignTarget = targetSuspends ? assignFromTemporary(targetTemporary, vars, w.pos().line()) : null;
        Supplier<StatementNode> nested = () -> withStatement(w, item + 1).atLine(w.pos().line());
        StatementNode inner = ranges.part(1, () -> item == w.items().size() - 1 ? body(assignTarget, w.body())
                : assignTarget == null ? nested.get() : sequence(List.of(assignTarget, nested)));
        ResumePoints resume = ranges.build();
        return new WithNode(manager, target, inner, resume, resume == null ? -1 : function.temporary());
    }

    /** One item of an {@code async with}: its parts are the manager, the await of {@code __aenter__}, the body and the await of {@code __aexit__}. */
    private StatementNode asyncWith(Stmt.With w, int item) {
        WithItem current = w.items().get(item);
        int line = w.pos().line();
        PartRanges ranges = new PartRanges(function, 4);
        ExpressionNode manager = ranges.part(0, () -> expressions.translate(current.contextExpr()));
        int awaitableSlot = function.temporary();
        AwaitNode awaitEnter = ranges.part(1, () -> new AwaitNode(new ReadSlotObjectNode(awaitableSlot),
                function.newYieldPoint(line), Awaitables.Site.ASYNC_WITH_ENTER));
        Expr vars = current.optionalVars();
        boolean targetSuspends = vars != null && Suspension.hasSuspensionPoint(vars);
        int targetTemporary = targetSuspends ? function.temporary() : -1;
        AssignTargetNode target = vars == null ? null : targetSuspends ? new TemporaryTargetNode(targetTemporary) : target(vars);
        Supplier<StatementNode> inner = item == w.items().size() - 1 ? () -> body(w.body())
                : () -> withStatement(w, item + 1).atLine(line);
        StatementNode body = ranges.part(2, targetSuspends
                ? () -> sequence(List.of(assignFromTemporary(targetTemporary, vars, line), inner)) : inner);
        AwaitNode awaitExit = ranges.part(3, () -> new AwaitNode(new ReadSlotObjectNode(awaitableSlot),
                function.newYieldPoint(line), Awaitables.Site.ASYNC_WITH_EXIT));
        return new AsyncWithNode(manager, awaitEnter, target, body, awaitExit, ranges.build(), awaitableSlot,
                function.temporary(), function.temporary());
    }

    private StatementNode importStatement(Stmt.Import i) {
        List<StatementNode> parts = new ArrayList<>();
        for (Alias alias : i.names()) {
            if (alias.asname() != null) {
                parts.add(new ImportNode(alias.name(), alias.name().contains("."), nameTarget(alias.asname()))
                        .atLine(i.pos().line()));
            } else {
                String top = alias.name().split("\\.", 2)[0];
                parts.add(new ImportNode(alias.name(), false, nameTarget(top)).atLine(i.pos().line()));
            }
        }
        return parts.size() == 1 ? parts.get(0) : new BlockNode(parts.toArray(new StatementNode[0]));
    }

    private StatementNode importFrom(Stmt.ImportFrom i) {
        String module = i.module() == null ? "" : i.module();
        if (i.names().size() == 1 && i.names().get(0).name().equals("*")) {
            return new ImportStarNode(module, i.level());
        }
        String[] names = new String[i.names().size()];
        AssignTargetNode[] targets = new AssignTargetNode[names.length];
        for (int k = 0; k < names.length; k++) {
            Alias alias = i.names().get(k);
            names[k] = alias.name();
            targets[k] = nameTarget(alias.asname() != null ? alias.asname() : alias.name());
        }
        return new ImportFromNode(module, i.level(), names, targets);
    }

    // ---- assignment targets ----

    AssignTargetNode target(Expr target) {
        return switch (target) {
            case Expr.Name n -> nameTarget(n.id());
            case Expr.Attribute a -> new AttributeTargetNode(expressions.translate(a.value()), function.mangle(a.attr()));
            case Expr.Subscript s -> new SubscriptTargetNode(expressions.translate(s.value()), expressions.translate(s.slice()));
            case Expr.TupleDisplay t -> unpackTarget(t.elts());
            case Expr.ListDisplay l -> unpackTarget(l.elts());
            case Expr.Starred s -> throw new CompileError("starred assignment target must be in a list or tuple", s.pos());
            default -> throw new CompileError("cannot assign to " + describe(target), target.pos());
        };
    }

    private AssignTargetNode unpackTarget(List<Expr> elements) {
        AssignTargetNode[] targets = new AssignTargetNode[elements.size()];
        int star = -1;
        for (int i = 0; i < targets.length; i++) {
            Expr e = elements.get(i);
            if (e instanceof Expr.Starred s) {
                if (star >= 0) {
                    throw new CompileError("multiple starred expressions in assignment", s.pos());
                }
                star = i;
                targets[i] = target(s.value());
            } else {
                targets[i] = target(e);
            }
        }
        return new UnpackTargetNode(targets, star);
    }

    AssignTargetNode nameTarget(String rawName) {
        String name = function.mangle(rawName);
        return switch (function.scope.access(name)) {
            case LOCAL -> new LocalTargetNode(function.slot(name), name);
            case CELL -> new CellTargetNode(function.slot(name), name, false);
            case FREE -> new CellTargetNode(function.slot(name), name, true);
            case GLOBAL -> new GlobalTargetNode(name);
            case CLASS_NAME -> new ClassNameTargetNode(name);
        };
    }

    static String describe(Expr e) {
        return switch (e) {
            case Expr.Call c -> "function call";
            case Expr.Constant c -> "literal";
            case Expr.Compare c -> "comparison";
            case Expr.BinOp b -> "expression";
            case Expr.Lambda l -> "lambda";
            default -> "expression";
        };
    }
}
