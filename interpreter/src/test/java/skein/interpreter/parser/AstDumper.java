package skein.interpreter.parser;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;

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
 * Prints an AST exactly as CPython 3.11's {@code ast.dump(tree)} does, optionally with
 * {@code include_attributes=True} (positions). Fields Skein's AST does not keep print as
 * CPython prints them for parsed source: {@code type_ignores=[]}, no {@code type_comment}, and
 * {@code kind='u'} for a string constant whose source starts with a u prefix.
 */
final class AstDumper {

    private final StringBuilder out = new StringBuilder();
    private final boolean attributes;
    private final String[] lines;

    private AstDumper(String source, boolean attributes) {
        this.attributes = attributes;
        this.lines = source.split("\n", -1);
    }

    static String dump(Module module, String source, boolean includeAttributes) {
        AstDumper dumper = new AstDumper(source, includeAttributes);
        dumper.open("Module");
        dumper.field("body");
        dumper.stmts(module.body());
        dumper.field("type_ignores");
        dumper.out.append("[]");
        dumper.out.append(')');
        return dumper.out.toString();
    }

    /** As {@code ast.dump(ast.parse(source, mode='eval'))}. */
    static String dumpExpression(Expr expression, String source, boolean includeAttributes) {
        AstDumper dumper = new AstDumper(source, includeAttributes);
        dumper.open("Expression");
        dumper.exprField("body", expression);
        dumper.out.append(')');
        return dumper.out.toString();
    }

    // ---- structure ------------------------------------------------------------------------

    private boolean firstField;

    private void open(String name) {
        out.append(name).append('(');
        firstField = true;
    }

    private void field(String name) {
        if (!firstField) {
            out.append(", ");
        }
        firstField = false;
        out.append(name).append('=');
    }

    private void close(Pos pos) {
        if (attributes) {
            field("lineno");
            out.append(pos.line());
            field("col_offset");
            out.append(pos.col());
            field("end_lineno");
            out.append(pos.endLine());
            field("end_col_offset");
            out.append(pos.endCol());
        }
        out.append(')');
        firstField = false;
    }

    private void closePlain() {
        out.append(')');
        firstField = false;
    }

    private void exprField(String name, Expr value) {
        field(name);
        expr(value);
    }

    private void optionalExpr(String name, Expr value) {
        if (value != null) {
            exprField(name, value);
        }
    }

    private void exprsField(String name, List<Expr> values) {
        field(name);
        exprs(values);
    }

    private void exprs(List<Expr> values) {
        out.append('[');
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                out.append(", ");
            }
            Expr value = values.get(i);
            if (value == null) {
                out.append("None");
            } else {
                expr(value);
            }
        }
        out.append(']');
        firstField = false;
    }

    private void stmts(List<Stmt> body) {
        out.append('[');
        for (int i = 0; i < body.size(); i++) {
            if (i > 0) {
                out.append(", ");
            }
            stmt(body.get(i));
        }
        out.append(']');
        firstField = false;
    }

    private void stmtsField(String name, List<Stmt> body) {
        field(name);
        stmts(body);
    }

    private void stringField(String name, String value) {
        if (value != null) {
            field(name);
            out.append(strRepr(value));
        }
    }

    private void stringsField(String name, List<String> values) {
        field(name);
        out.append('[');
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                out.append(", ");
            }
            out.append(strRepr(values.get(i)));
        }
        out.append(']');
    }

    private void singleton(String name, String node) {
        field(name);
        out.append(node).append("()");
    }

    private void ctx(Expr.Ctx ctx) {
        singleton("ctx", switch (ctx) {
            case LOAD -> "Load";
            case STORE -> "Store";
            case DEL -> "Del";
        });
    }

    // ---- statements -----------------------------------------------------------------------

    private void stmt(Stmt s) {
        switch (s) {
            case Stmt.FunctionDef f -> {
                open(f.isAsync() ? "AsyncFunctionDef" : "FunctionDef");
                stringField("name", f.name());
                field("args");
                arguments(f.args());
                stmtsField("body", f.body());
                exprsField("decorator_list", f.decorators());
                optionalExpr("returns", f.returns());
            }
            case Stmt.ClassDef c -> {
                open("ClassDef");
                stringField("name", c.name());
                exprsField("bases", c.bases());
                field("keywords");
                keywords(c.keywords());
                stmtsField("body", c.body());
                exprsField("decorator_list", c.decorators());
            }
            case Stmt.Return r -> {
                open("Return");
                optionalExpr("value", r.value());
            }
            case Stmt.Delete d -> {
                open("Delete");
                exprsField("targets", d.targets());
            }
            case Stmt.Assign a -> {
                open("Assign");
                exprsField("targets", a.targets());
                exprField("value", a.value());
            }
            case Stmt.AugAssign a -> {
                open("AugAssign");
                exprField("target", a.target());
                singleton("op", operator(a.op()));
                exprField("value", a.value());
            }
            case Stmt.AnnAssign a -> {
                open("AnnAssign");
                exprField("target", a.target());
                exprField("annotation", a.annotation());
                optionalExpr("value", a.value());
                field("simple");
                out.append(a.simple() ? 1 : 0);
            }
            case Stmt.For f -> {
                open(f.isAsync() ? "AsyncFor" : "For");
                exprField("target", f.target());
                exprField("iter", f.iter());
                stmtsField("body", f.body());
                stmtsField("orelse", f.orelse());
            }
            case Stmt.While w -> {
                open("While");
                exprField("test", w.test());
                stmtsField("body", w.body());
                stmtsField("orelse", w.orelse());
            }
            case Stmt.If i -> {
                open("If");
                exprField("test", i.test());
                stmtsField("body", i.body());
                stmtsField("orelse", i.orelse());
            }
            case Stmt.With w -> {
                open(w.isAsync() ? "AsyncWith" : "With");
                field("items");
                out.append('[');
                for (int k = 0; k < w.items().size(); k++) {
                    if (k > 0) {
                        out.append(", ");
                    }
                    withItem(w.items().get(k));
                }
                out.append(']');
                stmtsField("body", w.body());
            }
            case Stmt.Raise r -> {
                open("Raise");
                optionalExpr("exc", r.exc());
                optionalExpr("cause", r.cause());
            }
            case Stmt.Try t -> {
                open(t.isStar() ? "TryStar" : "Try");
                stmtsField("body", t.body());
                field("handlers");
                out.append('[');
                for (int k = 0; k < t.handlers().size(); k++) {
                    if (k > 0) {
                        out.append(", ");
                    }
                    handler(t.handlers().get(k));
                }
                out.append(']');
                stmtsField("orelse", t.orelse());
                stmtsField("finalbody", t.finalbody());
            }
            case Stmt.Assert a -> {
                open("Assert");
                exprField("test", a.test());
                optionalExpr("msg", a.msg());
            }
            case Stmt.Import i -> {
                open("Import");
                aliases(i.names());
            }
            case Stmt.ImportFrom i -> {
                open("ImportFrom");
                stringField("module", i.module());
                aliases(i.names());
                field("level");
                out.append(i.level());
            }
            case Stmt.Global g -> {
                open("Global");
                stringsField("names", g.names());
            }
            case Stmt.Nonlocal n -> {
                open("Nonlocal");
                stringsField("names", n.names());
            }
            case Stmt.ExprStmt e -> {
                open("Expr");
                exprField("value", e.value());
            }
            case Stmt.Pass p -> open("Pass");
            case Stmt.Break b -> open("Break");
            case Stmt.Continue c -> open("Continue");
        }
        close(s.pos());
    }

    private void withItem(WithItem item) {
        open("withitem");
        exprField("context_expr", item.contextExpr());
        optionalExpr("optional_vars", item.optionalVars());
        closePlain();
    }

    private void handler(ExceptHandler h) {
        open("ExceptHandler");
        optionalExpr("type", h.type());
        stringField("name", h.name());
        stmtsField("body", h.body());
        close(h.pos());
    }

    private void aliases(List<Alias> names) {
        field("names");
        out.append('[');
        for (int k = 0; k < names.size(); k++) {
            if (k > 0) {
                out.append(", ");
            }
            Alias alias = names.get(k);
            open("alias");
            stringField("name", alias.name());
            stringField("asname", alias.asname());
            close(alias.pos());
        }
        out.append(']');
    }

    private void arguments(Arguments args) {
        open("arguments");
        argList("posonlyargs", args.posonlyargs());
        argList("args", args.args());
        if (args.vararg() != null) {
            field("vararg");
            arg(args.vararg());
        }
        argList("kwonlyargs", args.kwonlyargs());
        exprsField("kw_defaults", args.kwDefaults());
        if (args.kwarg() != null) {
            field("kwarg");
            arg(args.kwarg());
        }
        exprsField("defaults", args.defaults());
        closePlain();
    }

    private void argList(String name, List<Arguments.Arg> args) {
        field(name);
        out.append('[');
        for (int k = 0; k < args.size(); k++) {
            if (k > 0) {
                out.append(", ");
            }
            arg(args.get(k));
        }
        out.append(']');
    }

    private void arg(Arguments.Arg arg) {
        open("arg");
        stringField("arg", arg.name());
        optionalExpr("annotation", arg.annotation());
        close(arg.pos());
    }

    private void keywords(List<Keyword> keywords) {
        out.append('[');
        for (int k = 0; k < keywords.size(); k++) {
            if (k > 0) {
                out.append(", ");
            }
            Keyword keyword = keywords.get(k);
            open("keyword");
            stringField("arg", keyword.arg());
            exprField("value", keyword.value());
            close(keyword.pos());
        }
        out.append(']');
        firstField = false;
    }

    // ---- expressions ----------------------------------------------------------------------

    private boolean insideJoinedStr;

    private void expr(Expr e) {
        switch (e) {
            case Expr.BoolOp b -> {
                open("BoolOp");
                singleton("op", b.op() == Expr.BoolOpKind.AND ? "And" : "Or");
                exprsField("values", b.values());
            }
            case Expr.NamedExpr n -> {
                open("NamedExpr");
                exprField("target", n.target());
                exprField("value", n.value());
            }
            case Expr.BinOp b -> {
                open("BinOp");
                exprField("left", b.left());
                singleton("op", operator(b.op()));
                exprField("right", b.right());
            }
            case Expr.UnaryOp u -> {
                open("UnaryOp");
                singleton("op", switch (u.op()) {
                    case INVERT -> "Invert";
                    case NOT -> "Not";
                    case UADD -> "UAdd";
                    case USUB -> "USub";
                });
                exprField("operand", u.operand());
            }
            case Expr.Lambda l -> {
                open("Lambda");
                field("args");
                arguments(l.args());
                exprField("body", l.body());
            }
            case Expr.IfExp i -> {
                open("IfExp");
                exprField("test", i.test());
                exprField("body", i.body());
                exprField("orelse", i.orelse());
            }
            case Expr.DictDisplay d -> {
                open("Dict");
                exprsField("keys", d.keys());
                exprsField("values", d.values());
            }
            case Expr.SetDisplay s -> {
                open("Set");
                exprsField("elts", s.elts());
            }
            case Expr.ListComp c -> {
                open("ListComp");
                exprField("elt", c.elt());
                generators(c.generators());
            }
            case Expr.SetComp c -> {
                open("SetComp");
                exprField("elt", c.elt());
                generators(c.generators());
            }
            case Expr.DictComp c -> {
                open("DictComp");
                exprField("key", c.key());
                exprField("value", c.value());
                generators(c.generators());
            }
            case Expr.GeneratorExp c -> {
                open("GeneratorExp");
                exprField("elt", c.elt());
                generators(c.generators());
            }
            case Expr.Await a -> {
                open("Await");
                exprField("value", a.value());
            }
            case Expr.Yield y -> {
                open("Yield");
                optionalExpr("value", y.value());
            }
            case Expr.YieldFrom y -> {
                open("YieldFrom");
                exprField("value", y.value());
            }
            case Expr.Compare c -> {
                open("Compare");
                exprField("left", c.left());
                field("ops");
                out.append('[');
                for (int k = 0; k < c.ops().size(); k++) {
                    if (k > 0) {
                        out.append(", ");
                    }
                    out.append(switch (c.ops().get(k)) {
                        case EQ -> "Eq";
                        case NOT_EQ -> "NotEq";
                        case LT -> "Lt";
                        case LT_E -> "LtE";
                        case GT -> "Gt";
                        case GT_E -> "GtE";
                        case IS -> "Is";
                        case IS_NOT -> "IsNot";
                        case IN -> "In";
                        case NOT_IN -> "NotIn";
                    }).append("()");
                }
                out.append(']');
                exprsField("comparators", c.comparators());
            }
            case Expr.Call c -> {
                open("Call");
                exprField("func", c.func());
                exprsField("args", c.args());
                field("keywords");
                keywords(c.keywords());
            }
            case Expr.FormattedValue f -> {
                open("FormattedValue");
                exprField("value", f.value());
                field("conversion");
                out.append(f.conversion());
                optionalExpr("format_spec", f.formatSpec());
            }
            case Expr.JoinedStr j -> {
                open("JoinedStr");
                boolean outer = insideJoinedStr;
                insideJoinedStr = true;
                exprsField("values", j.values());
                insideJoinedStr = outer;
            }
            case Expr.Constant c -> {
                open("Constant");
                field("value");
                out.append(constantRepr(c.value()));
                if (c.value() instanceof String && !insideJoinedStr && hasUnicodePrefix(c.pos())) {
                    field("kind");
                    out.append("'u'");
                }
            }
            case Expr.Attribute a -> {
                open("Attribute");
                exprField("value", a.value());
                stringField("attr", a.attr());
                ctx(a.ctx());
            }
            case Expr.Subscript s -> {
                open("Subscript");
                exprField("value", s.value());
                exprField("slice", s.slice());
                ctx(s.ctx());
            }
            case Expr.Starred s -> {
                open("Starred");
                exprField("value", s.value());
                ctx(s.ctx());
            }
            case Expr.Name n -> {
                open("Name");
                stringField("id", n.id());
                ctx(n.ctx());
            }
            case Expr.ListDisplay l -> {
                open("List");
                exprsField("elts", l.elts());
                ctx(l.ctx());
            }
            case Expr.TupleDisplay t -> {
                open("Tuple");
                exprsField("elts", t.elts());
                ctx(t.ctx());
            }
            case Expr.Slice s -> {
                open("Slice");
                optionalExpr("lower", s.lower());
                optionalExpr("upper", s.upper());
                optionalExpr("step", s.step());
            }
        }
        close(e.pos());
    }

    private void generators(List<Comprehension> generators) {
        field("generators");
        out.append('[');
        for (int k = 0; k < generators.size(); k++) {
            if (k > 0) {
                out.append(", ");
            }
            Comprehension c = generators.get(k);
            open("comprehension");
            exprField("target", c.target());
            exprField("iter", c.iter());
            exprsField("ifs", c.ifs());
            field("is_async");
            out.append(c.isAsync() ? 1 : 0);
            closePlain();
        }
        out.append(']');
    }

    private static String operator(Expr.Operator op) {
        return switch (op) {
            case ADD -> "Add";
            case SUB -> "Sub";
            case MULT -> "Mult";
            case MATMULT -> "MatMult";
            case DIV -> "Div";
            case MOD -> "Mod";
            case POW -> "Pow";
            case LSHIFT -> "LShift";
            case RSHIFT -> "RShift";
            case BITOR -> "BitOr";
            case BITXOR -> "BitXor";
            case BITAND -> "BitAnd";
            case FLOORDIV -> "FloorDiv";
        };
    }

    /** CPython sets kind='u' on a string constant whose first literal has a u prefix. */
    private boolean hasUnicodePrefix(Pos pos) {
        String line = lines[pos.line() - 1];
        int index = line.offsetByCodePoints(0, pos.col());
        char first = line.charAt(index);
        return first == 'u' || first == 'U';
    }

    // ---- Python reprs ---------------------------------------------------------------------

    static String constantRepr(Object value) {
        return switch (value) {
            case Boolean b -> b ? "True" : "False";
            case Expr.Singleton s -> s == Expr.Singleton.NONE ? "None" : "Ellipsis";
            case String s -> strRepr(s);
            case Expr.Bytes b -> bytesRepr(b.value());
            case Double d -> floatRepr(d, true);
            case Expr.Imaginary i -> floatRepr(i.imag(), false) + "j";
            default -> value.toString();
        };
    }

    static String strRepr(String s) {
        char quote = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder b = new StringBuilder().append(quote);
        s.codePoints().forEach(c -> {
            if (c == quote || c == '\\') {
                b.append('\\').appendCodePoint(c);
            } else if (c == '\t') {
                b.append("\\t");
            } else if (c == '\n') {
                b.append("\\n");
            } else if (c == '\r') {
                b.append("\\r");
            } else if (c < ' ' || c == 0x7f) {
                b.append(String.format("\\x%02x", c));
            } else if (c < 0x7f || isPrintable(c)) {
                b.appendCodePoint(c);
            } else if (c <= 0xff) {
                b.append(String.format("\\x%02x", c));
            } else if (c <= 0xffff) {
                b.append(String.format("\\u%04x", c));
            } else {
                b.append(String.format("\\U%08x", c));
            }
        });
        return b.append(quote).toString();
    }

    private static boolean isPrintable(int c) {
        return switch (Character.getType(c)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE,
                 Character.UNASSIGNED, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                 Character.SPACE_SEPARATOR -> false;
            default -> true;
        };
    }

    static String bytesRepr(byte[] bytes) {
        boolean single = false;
        boolean dbl = false;
        for (byte x : bytes) {
            single |= x == '\'';
            dbl |= x == '"';
        }
        char quote = single && !dbl ? '"' : '\'';
        StringBuilder b = new StringBuilder("b").append(quote);
        for (byte x : bytes) {
            int c = x & 0xff;
            if (c == quote || c == '\\') {
                b.append('\\').append((char) c);
            } else if (c == '\t') {
                b.append("\\t");
            } else if (c == '\n') {
                b.append("\\n");
            } else if (c == '\r') {
                b.append("\\r");
            } else if (c < ' ' || c >= 0x7f) {
                b.append(String.format("\\x%02x", c));
            } else {
                b.append((char) c);
            }
        }
        return b.append(quote).toString();
    }

    /** Python's repr of a float ({@code addDotZero}) or of an imaginary part (without ".0"). */
    static String floatRepr(double d, boolean addDotZero) {
        if (Double.isNaN(d)) {
            return "nan";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "inf" : "-inf";
        }
        String sign = (d < 0 || (d == 0 && 1 / d < 0)) ? "-" : "";
        BigDecimal exact = new BigDecimal(Double.toString(Math.abs(d))).stripTrailingZeros();
        if (exact.precision() == 2) {
            // Java prints at least two digits; Python prints one when one digit round-trips.
            BigDecimal oneDigit = new BigDecimal(Math.abs(d)).round(new MathContext(1, RoundingMode.HALF_EVEN));
            if (oneDigit.doubleValue() == Math.abs(d)) {
                exact = oneDigit.stripTrailingZeros();
            }
        }
        String digits = exact.unscaledValue().toString();
        int decimalPoint = digits.length() - exact.scale();
        if (exact.signum() == 0) {
            digits = "0";
            decimalPoint = 1;
        }
        StringBuilder b = new StringBuilder(sign);
        if (decimalPoint > -4 && decimalPoint <= 16) {
            if (decimalPoint <= 0) {
                b.append("0.").append("0".repeat(-decimalPoint)).append(digits);
            } else if (decimalPoint >= digits.length()) {
                b.append(digits).append("0".repeat(decimalPoint - digits.length()));
                if (addDotZero) {
                    b.append(".0");
                }
            } else {
                b.append(digits, 0, decimalPoint).append('.').append(digits.substring(decimalPoint));
            }
        } else {
            b.append(digits.charAt(0));
            if (digits.length() > 1) {
                b.append('.').append(digits.substring(1));
            }
            int exponent = decimalPoint - 1;
            b.append('e').append(exponent < 0 ? '-' : '+');
            b.append(String.format("%02d", Math.abs(exponent)));
        }
        return b.toString();
    }
}
