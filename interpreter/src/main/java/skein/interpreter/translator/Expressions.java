package skein.interpreter.translator;

import skein.interpreter.ast.Expr;
import skein.interpreter.ast.Keyword;
import skein.interpreter.ast.Pos;
import skein.interpreter.nodes.ExpressionNode;
import skein.interpreter.nodes.access.GetAttributeNodeGen;
import skein.interpreter.nodes.access.GetItemNodeGen;
import skein.interpreter.nodes.access.SliceNode;
import skein.interpreter.nodes.calls.CallNode;
import skein.interpreter.nodes.calls.StarCallNode;
import skein.interpreter.nodes.collections.DictDisplayNode;
import skein.interpreter.nodes.collections.ListDisplayNode;
import skein.interpreter.nodes.collections.SequenceItemsNode;
import skein.interpreter.nodes.collections.SetDisplayNode;
import skein.interpreter.nodes.collections.TupleDisplayNode;
import skein.interpreter.nodes.definitions.NewCollectionNode;
import skein.interpreter.nodes.generators.AwaitNode;
import skein.interpreter.nodes.generators.SavedValueNode;
import skein.interpreter.nodes.generators.YieldFromNode;
import skein.interpreter.nodes.generators.YieldNode;
import skein.interpreter.nodes.literals.BooleanLiteralNode;
import skein.interpreter.nodes.literals.ConstantNode;
import skein.interpreter.nodes.literals.DoubleLiteralNode;
import skein.interpreter.nodes.literals.FormattedValueNode;
import skein.interpreter.nodes.literals.JoinedStringNode;
import skein.interpreter.nodes.literals.LongLiteralNode;
import skein.interpreter.nodes.operators.AndNode;
import skein.interpreter.nodes.operators.BinaryNode;
import skein.interpreter.nodes.operators.ChainedCompareNode;
import skein.interpreter.nodes.operators.InvertNodeGen;
import skein.interpreter.nodes.operators.NegNodeGen;
import skein.interpreter.nodes.operators.NotNodeGen;
import skein.interpreter.nodes.operators.OrNode;
import skein.interpreter.nodes.operators.PosNodeGen;
import skein.interpreter.nodes.operators.TruthNodeGen;
import skein.interpreter.nodes.statements.ConditionalExpressionNode;
import skein.interpreter.nodes.variables.AssignExpressionNode;
import skein.interpreter.nodes.variables.ReadCellNode;
import skein.interpreter.nodes.variables.ReadClassNameNode;
import skein.interpreter.nodes.variables.ReadGlobalNode;
import skein.interpreter.nodes.variables.ReadLocalNodeGen;
import skein.interpreter.objects.PBytes;
import skein.interpreter.objects.PComplex;
import skein.interpreter.objects.PEllipsis;
import skein.interpreter.objects.PNone;
import skein.interpreter.objects.generators.Awaitables;
import skein.interpreter.objects.generators.ResumableFrame;

import java.math.BigInteger;
import java.util.List;

/** The expression half of the {@link Translator}. */
final class Expressions {

    private final Translator translator;

    Expressions(Translator translator) {
        this.translator = translator;
    }

    /** Expressions evaluated one after another, left to right (see {@link #operands}). */
    ExpressionNode[] list(List<Expr> expressions) {
        return operands(expressions);
    }

    /** The elements of a display or argument list, with any {@code *x} replaced by x. */
    ExpressionNode[] unstarred(List<Expr> expressions) {
        return operands(expressions.stream().map(e -> e instanceof Expr.Starred s ? s.value() : e).toList());
    }

    /**
     * Translates the operands of one expression, in the order they are evaluated (null entries
     * stay null). In a generator, an operand evaluated before a later operand's suspension point
     * is kept in a frame slot, so that resuming at that point does not evaluate it again.
     */
    ExpressionNode[] operands(List<Expr> operands) {
        FunctionContext function = translator.function;
        int lastSuspending = -1;
        if (function.resumable != null) {
            for (int i = 0; i < operands.size(); i++) {
                if (operands.get(i) != null && Suspension.hasSuspensionPoint(operands.get(i))) {
                    lastSuspending = i;
                }
            }
        }
        ExpressionNode[] out = new ExpressionNode[operands.size()];
        for (int i = 0; i < out.length; i++) {
            Expr e = operands.get(i);
            if (e == null) {
                continue;
            }
            int first = function.yieldPoints();
            ExpressionNode node = translate(e);
            out[i] = i < lastSuspending ? new SavedValueNode(node, function.temporary(), first, function.yieldPoints()) : node;
        }
        return out;
    }

    private ExpressionNode[] operands(Expr... operands) {
        return operands(java.util.Arrays.asList(operands));
    }

    ExpressionNode newDict() {
        return new NewCollectionNode(NewCollectionNode.Kind.DICT);
    }

    ExpressionNode translate(Expr expr) {
        return switch (expr) {
            case Expr.Constant c -> constant(c);
            case Expr.Name n when n.id().equals("__debug__") -> new ConstantNode(translator.optimize == 0);
            case Expr.Name n -> readName(n.id(), n.pos());
            case Expr.BoolOp b -> boolOp(b);
            case Expr.BinOp b -> {
                ExpressionNode[] o = operands(b.left(), b.right());
                yield Operations.binary(b.op(), o[0], o[1]);
            }
            case Expr.UnaryOp u -> switch (u.op()) {
                case NOT -> NotNodeGen.create(translate(u.operand()));
                case USUB -> NegNodeGen.create(translate(u.operand()));
                case UADD -> PosNodeGen.create(translate(u.operand()));
                case INVERT -> InvertNodeGen.create(translate(u.operand()));
            };
            case Expr.Compare c -> compare(c);
            case Expr.IfExp i -> {
                PartRanges ranges = new PartRanges(translator.function, 3);
                ExpressionNode test = ranges.part(0, () -> translate(i.test()));
                ExpressionNode body = ranges.part(1, () -> translate(i.body()));
                ExpressionNode orelse = ranges.part(2, () -> translate(i.orelse()));
                yield new ConditionalExpressionNode(TruthNodeGen.create(test), body, orelse, ranges.build());
            }
            case Expr.Call c -> call(c);
            case Expr.Attribute a -> GetAttributeNodeGen.create(translate(a.value()), translator.function.mangle(a.attr()));
            case Expr.Subscript s -> {
                ExpressionNode[] o = operands(s.value(), s.slice());
                yield GetItemNodeGen.create(o[0], o[1]);
            }
            case Expr.Slice s -> {
                ExpressionNode[] o = operands(s.lower(), s.upper(), s.step());
                yield new SliceNode(o[0], o[1], o[2]);
            }
            case Expr.ListDisplay l -> new ListDisplayNode(items(l.elts()));
            case Expr.TupleDisplay t -> new TupleDisplayNode(items(t.elts()));
            case Expr.SetDisplay s -> new SetDisplayNode(items(s.elts()), s.elts().size() > 2 && allConstant(s.elts()));
            case Expr.DictDisplay d -> {
                List<Expr> interleaved = new java.util.ArrayList<>();
                for (int i = 0; i < d.keys().size(); i++) {
                    interleaved.add(d.keys().get(i));
                    interleaved.add(d.values().get(i));
                }
                ExpressionNode[] o = operands(interleaved);
                ExpressionNode[] keys = new ExpressionNode[d.keys().size()];
                ExpressionNode[] values = new ExpressionNode[keys.length];
                for (int i = 0; i < keys.length; i++) {
                    keys[i] = o[2 * i];
                    values[i] = o[2 * i + 1];
                }
                yield new DictDisplayNode(keys, values);
            }
            case Expr.Lambda l -> translator.makeFunction(l, "<lambda>", l.args(), null, l.body(), null, false, l.pos());
            case Expr.ListComp c -> translator.comprehension(c, "<listcomp>", c.generators(), c.elt(), null,
                    NewCollectionNode.Kind.LIST);
            case Expr.SetComp c -> translator.comprehension(c, "<setcomp>", c.generators(), c.elt(), null,
                    NewCollectionNode.Kind.SET);
            case Expr.DictComp c -> translator.comprehension(c, "<dictcomp>", c.generators(), c.key(), c.value(),
                    NewCollectionNode.Kind.DICT);
            case Expr.GeneratorExp g -> translator.comprehension(g, "<genexpr>", g.generators(), g.elt(), null, null);
            case Expr.NamedExpr n -> new AssignExpressionNode(translator.nameTarget(n.target().id()), translate(n.value()));
            case Expr.JoinedStr j -> joinedString(j);
            case Expr.FormattedValue f -> formattedValue(f);
            case Expr.Yield y -> {
                checkYield("'yield'", y.pos());
                ExpressionNode value = optional(y.value());
                FunctionContext function = translator.function;
                yield new YieldNode(value, function.newYieldPoint(y.pos().line()),
                        function.resumable == ResumableFrame.Kind.ASYNC_GENERATOR);
            }
            case Expr.YieldFrom y -> {
                checkYield("'yield from'", y.pos());
                if (translator.function.isAsync) {
                    throw new CompileError("'yield from' inside async function", y.pos());
                }
                ExpressionNode value = translate(y.value());
                yield new YieldFromNode(value, translator.function.newYieldPoint(y.pos().line()));
            }
            case Expr.Await a -> {
                FunctionContext function = translator.function;
                if (!function.scope.isFunctionLike()) {
                    throw new CompileError("'await' outside function", a.pos());
                }
                if (!function.isAsync) {
                    throw new CompileError(function.comprehension != null
                            ? "asynchronous comprehension outside of an asynchronous function"
                            : "'await' outside async function", a.pos());
                }
                ExpressionNode value = translate(a.value());
                yield new AwaitNode(value, function.newYieldPoint(a.pos().line()), Awaitables.Site.AWAIT);
            }
            case Expr.Starred s -> throw new CompileError("can't use starred expression here", s.pos());
        };
    }

    /** {@code yield} and {@code yield from} belong in a function body, not in a comprehension's. */
    private void checkYield(String what, Pos pos) {
        FunctionContext function = translator.function;
        if (function.comprehension != null) {
            throw new CompileError(what.equals("'yield from'") ? "'yield' inside " + function.comprehension
                    : what + " inside " + function.comprehension, pos);
        }
        if (!function.scope.isFunctionLike()) {
            throw new CompileError("'yield' outside function", pos);
        }
    }

    private ExpressionNode optional(Expr e) {
        return e == null ? null : translate(e);
    }

    private ExpressionNode constant(Expr.Constant c) {
        Object value = c.value();
        if (value instanceof Long l) {
            return new LongLiteralNode(l);
        } else if (value instanceof Double d) {
            return new DoubleLiteralNode(d);
        } else if (value instanceof Boolean b) {
            return new BooleanLiteralNode(b);
        } else if (value instanceof String || value instanceof BigInteger) {
            return new ConstantNode(value);
        } else if (value instanceof Expr.Bytes bytes) {
            return new ConstantNode(new PBytes(translator.language.setup().types().bytesType, bytes.value()));
        } else if (value == Expr.Singleton.NONE) {
            return new ConstantNode(PNone.NONE);
        } else if (value == Expr.Singleton.ELLIPSIS) {
            return new ConstantNode(PEllipsis.INSTANCE);
        } else if (value instanceof Expr.Imaginary imaginary) {
            return new ConstantNode(new PComplex(translator.language.setup().types().complexType, 0.0, imaginary.imag()));
        }
        throw new IllegalStateException("unknown constant " + value);
    }

    ExpressionNode readName(String rawName, Pos pos) {
        FunctionContext function = translator.function;
        String name = function.mangle(rawName);
        return switch (function.scope.access(name)) {
            case LOCAL -> ReadLocalNodeGen.create(function.slot(name), name);
            case CELL -> new ReadCellNode(function.slot(name), name, false);
            case FREE -> new ReadCellNode(function.slot(name), name, true);
            case GLOBAL -> new ReadGlobalNode(name);
            case CLASS_NAME -> new ReadClassNameNode(name,
                    function.scope.freeVariables().contains(name) ? function.slot(name) : -1);
        };
    }

    private ExpressionNode boolOp(Expr.BoolOp b) {
        ExpressionNode[] values = operands(b.values());
        ExpressionNode result = values[values.length - 1];
        for (int i = values.length - 2; i >= 0; i--) {
            boolean resumable = translator.function.resumable != null;
            result = b.op() == Expr.BoolOpKind.AND ? new AndNode(values[i], result, resumable)
                    : new OrNode(values[i], result, resumable);
        }
        return result;
    }

    private ExpressionNode compare(Expr.Compare c) {
        List<Expr> all = new java.util.ArrayList<>();
        all.add(c.left());
        all.addAll(c.comparators());
        ExpressionNode[] operands = operands(all);
        if (c.ops().size() == 1) {
            return Operations.compare(c.ops().get(0), operands[0], operands[1]);
        }
        BinaryNode[] comparisons = new BinaryNode[c.ops().size()];
        for (int i = 0; i < comparisons.length; i++) {
            comparisons[i] = Operations.compare(c.ops().get(i), null, null);
        }
        return new ChainedCompareNode(operands, comparisons, translator.function.resumable != null);
    }

    /**
     * Whether CPython's compiler would fold these elements into one constant: literals, signed
     * numeric literals and tuples of constants (the folds its AST optimizer makes in displays).
     */
    private static boolean allConstant(List<Expr> elements) {
        for (Expr e : elements) {
            if (!isConstant(e)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isConstant(Expr e) {
        return switch (e) {
            case Expr.Constant c -> true;
            case Expr.UnaryOp u -> u.op() != Expr.UnaryOpKind.NOT && u.operand() instanceof Expr.Constant c
                    && (c.value() instanceof Long || c.value() instanceof BigInteger || c.value() instanceof Double);
            case Expr.TupleDisplay t -> allConstant(t.elts());
            default -> false;
        };
    }

    private SequenceItemsNode items(List<Expr> elements) {
        boolean[] starred = new boolean[elements.size()];
        boolean any = false;
        for (int i = 0; i < starred.length; i++) {
            starred[i] = elements.get(i) instanceof Expr.Starred;
            any |= starred[i];
        }
        return new SequenceItemsNode(unstarred(elements), any ? starred : null);
    }

    private ExpressionNode call(Expr.Call c) {
        List<Expr> args = c.args();
        List<Keyword> keywords = c.keywords();
        if (args.isEmpty() && keywords.isEmpty() && c.func() instanceof Expr.Name n && n.id().equals("super")) {
            ExpressionNode zeroArgumentSuper = zeroArgumentSuper(c);
            if (zeroArgumentSuper != null) {
                return zeroArgumentSuper;
            }
        }
        List<Expr> all = new java.util.ArrayList<>();
        all.add(c.func());
        args.forEach(a -> all.add(a instanceof Expr.Starred s ? s.value() : a));
        keywords.forEach(k -> all.add(k.value()));
        ExpressionNode[] operands = operands(all);
        ExpressionNode callee = operands[0];
        ExpressionNode[] argumentNodes = java.util.Arrays.copyOfRange(operands, 1, 1 + args.size());
        ExpressionNode[] keywordNodes = java.util.Arrays.copyOfRange(operands, 1 + args.size(), operands.length);
        boolean general = keywords.stream().anyMatch(k -> k.arg() == null) || args.stream().anyMatch(a -> a instanceof Expr.Starred);
        String[] names = new String[keywords.size()];
        for (int i = 0; i < names.length; i++) {
            names[i] = keywords.get(i).arg();
        }
        if (general) {
            boolean[] starred = new boolean[args.size()];
            for (int i = 0; i < starred.length; i++) {
                starred[i] = args.get(i) instanceof Expr.Starred;
            }
            return new StarCallNode(callee, argumentNodes, starred, names, keywordNodes);
        }
        return keywords.isEmpty() ? new CallNode(callee, argumentNodes, null, null)
                : new CallNode(callee, argumentNodes, names, keywordNodes);
    }

    /**
     * {@code super()} inside a method: CPython finds the class in the method's {@code __class__}
     * cell and the instance in its first argument; here the call passes both explicitly.
     */
    private ExpressionNode zeroArgumentSuper(Expr.Call c) {
        FunctionContext function = translator.function;
        Scope scope = function.scope;
        if (!scope.isFunctionLike() || !scope.freeVariables().contains("__class__") || scope.parameters().isEmpty()) {
            return null;
        }
        String first = scope.parameters().get(0);
        ExpressionNode classCell = new ReadCellNode(function.slot("__class__"), "__class__", true);
        return new CallNode(translate(c.func()), new ExpressionNode[]{classCell, readName(first, c.pos())}, null, null);
    }

    private ExpressionNode joinedString(Expr.JoinedStr j) {
        return new JoinedStringNode(operands(j.values()));
    }

    private ExpressionNode formattedValue(Expr.FormattedValue f) {
        ExpressionNode[] o = operands(f.value(), f.formatSpec());
        return new FormattedValueNode(o[0], f.conversion(), o[1]);
    }

}
