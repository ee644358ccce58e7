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
import skein.interpreter.nodes.literals.BooleanLiteralNode;
import skein.interpreter.nodes.literals.ConstantNode;
import skein.interpreter.nodes.literals.DoubleLiteralNode;
import skein.interpreter.nodes.literals.FormattedValueNode;
import skein.interpreter.nodes.literals.JoinedStringNode;
import skein.interpreter.nodes.literals.LongLiteralNode;
import skein.interpreter.nodes.literals.UnsupportedNode;
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

import java.math.BigInteger;
import java.util.List;

/** The expression half of the {@link Translator}. */
final class Expressions {

    private final Translator translator;

    Expressions(Translator translator) {
        this.translator = translator;
    }

    ExpressionNode[] list(List<Expr> expressions) {
        ExpressionNode[] out = new ExpressionNode[expressions.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = translate(expressions.get(i));
        }
        return out;
    }

    /** The elements of a display or argument list, with any {@code *x} replaced by x. */
    ExpressionNode[] unstarred(List<Expr> expressions) {
        ExpressionNode[] out = new ExpressionNode[expressions.size()];
        for (int i = 0; i < out.length; i++) {
            Expr e = expressions.get(i);
            out[i] = translate(e instanceof Expr.Starred s ? s.value() : e);
        }
        return out;
    }

    ExpressionNode newDict() {
        return new NewCollectionNode(NewCollectionNode.Kind.DICT);
    }

    ExpressionNode translate(Expr expr) {
        return switch (expr) {
            case Expr.Constant c -> constant(c);
            case Expr.Name n -> readName(n.id(), n.pos());
            case Expr.BoolOp b -> boolOp(b);
            case Expr.BinOp b -> Operations.binary(b.op(), translate(b.left()), translate(b.right()));
            case Expr.UnaryOp u -> switch (u.op()) {
                case NOT -> NotNodeGen.create(translate(u.operand()));
                case USUB -> NegNodeGen.create(translate(u.operand()));
                case UADD -> PosNodeGen.create(translate(u.operand()));
                case INVERT -> InvertNodeGen.create(translate(u.operand()));
            };
            case Expr.Compare c -> compare(c);
            case Expr.IfExp i -> new ConditionalExpressionNode(TruthNodeGen.create(translate(i.test())), translate(i.body()),
                    translate(i.orelse()));
            case Expr.Call c -> call(c);
            case Expr.Attribute a -> GetAttributeNodeGen.create(translate(a.value()), translator.function.mangle(a.attr()));
            case Expr.Subscript s -> GetItemNodeGen.create(translate(s.value()), translate(s.slice()));
            case Expr.Slice s -> new SliceNode(optional(s.lower()), optional(s.upper()), optional(s.step()));
            case Expr.ListDisplay l -> new ListDisplayNode(items(l.elts()));
            case Expr.TupleDisplay t -> new TupleDisplayNode(items(t.elts()));
            case Expr.SetDisplay s -> new SetDisplayNode(items(s.elts()));
            case Expr.DictDisplay d -> {
                ExpressionNode[] keys = new ExpressionNode[d.keys().size()];
                for (int i = 0; i < keys.length; i++) {
                    keys[i] = d.keys().get(i) == null ? null : translate(d.keys().get(i));
                }
                yield new DictDisplayNode(keys, list(d.values()));
            }
            case Expr.Lambda l -> translator.makeFunction(l, "<lambda>", l.args(), null, l.body(), null, false, l.pos());
            case Expr.ListComp c -> translator.comprehension(c, "<listcomp>", c.generators(), c.elt(), null,
                    NewCollectionNode.Kind.LIST);
            case Expr.SetComp c -> translator.comprehension(c, "<setcomp>", c.generators(), c.elt(), null,
                    NewCollectionNode.Kind.SET);
            case Expr.DictComp c -> translator.comprehension(c, "<dictcomp>", c.generators(), c.key(), c.value(),
                    NewCollectionNode.Kind.DICT);
            case Expr.GeneratorExp g -> new UnsupportedNode("generator expressions");
            case Expr.NamedExpr n -> new AssignExpressionNode(translator.nameTarget(n.target().id()), translate(n.value()));
            case Expr.JoinedStr j -> joinedString(j);
            case Expr.FormattedValue f -> formattedValue(f);
            case Expr.Yield y -> new UnsupportedNode("generators");
            case Expr.YieldFrom y -> new UnsupportedNode("generators");
            case Expr.Await a -> new UnsupportedNode("coroutines");
            case Expr.Starred s -> throw new CompileError("can't use starred expression here", s.pos());
        };
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
        List<Expr> values = b.values();
        ExpressionNode result = translate(values.get(values.size() - 1));
        for (int i = values.size() - 2; i >= 0; i--) {
            ExpressionNode left = translate(values.get(i));
            result = b.op() == Expr.BoolOpKind.AND ? new AndNode(left, result) : new OrNode(left, result);
        }
        return result;
    }

    private ExpressionNode compare(Expr.Compare c) {
        if (c.ops().size() == 1) {
            return Operations.compare(c.ops().get(0), translate(c.left()), translate(c.comparators().get(0)));
        }
        ExpressionNode[] operands = new ExpressionNode[c.ops().size() + 1];
        operands[0] = translate(c.left());
        BinaryNode[] comparisons = new BinaryNode[c.ops().size()];
        for (int i = 0; i < comparisons.length; i++) {
            operands[i + 1] = translate(c.comparators().get(i));
            comparisons[i] = Operations.compare(c.ops().get(i), null, null);
        }
        return new ChainedCompareNode(operands, comparisons);
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
        ExpressionNode callee = translate(c.func());
        boolean general = keywords.stream().anyMatch(k -> k.arg() == null) || args.stream().anyMatch(a -> a instanceof Expr.Starred);
        if (general) {
            boolean[] starred = new boolean[args.size()];
            for (int i = 0; i < starred.length; i++) {
                starred[i] = args.get(i) instanceof Expr.Starred;
            }
            String[] names = new String[keywords.size()];
            for (int i = 0; i < names.length; i++) {
                names[i] = keywords.get(i).arg();
            }
            return new StarCallNode(callee, unstarred(args), starred, names,
                    list(keywords.stream().map(Keyword::value).toList()));
        }
        String[] names = null;
        ExpressionNode[] values = null;
        if (!keywords.isEmpty()) {
            names = new String[keywords.size()];
            values = new ExpressionNode[keywords.size()];
            for (int i = 0; i < names.length; i++) {
                names[i] = keywords.get(i).arg();
                values[i] = translate(keywords.get(i).value());
            }
        }
        return new CallNode(callee, list(args), names, values);
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
        ExpressionNode[] parts = new ExpressionNode[j.values().size()];
        for (int i = 0; i < parts.length; i++) {
            Expr part = j.values().get(i);
            parts[i] = part instanceof Expr.FormattedValue f ? formattedValue(f) : translate(part);
        }
        return new JoinedStringNode(parts);
    }

    private ExpressionNode formattedValue(Expr.FormattedValue f) {
        return new FormattedValueNode(translate(f.value()), f.conversion(),
                f.formatSpec() == null ? null : translate(f.formatSpec()));
    }

}
