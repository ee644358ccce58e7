package skein.interpreter.ast;

import java.math.BigInteger;
import java.util.List;

/** Python expressions, one record per form of CPython's {@code ast.expr}. */
public sealed interface Expr {

    Pos pos();

    /** How an expression is used: read, assigned to, or deleted. */
    enum Ctx { LOAD, STORE, DEL }

    enum BoolOpKind { AND, OR }

    enum UnaryOpKind { INVERT, NOT, UADD, USUB }

    enum Operator {
        ADD("+"), SUB("-"), MULT("*"), MATMULT("@"), DIV("/"), MOD("%"), POW("**"),
        LSHIFT("<<"), RSHIFT(">>"), BITOR("|"), BITXOR("^"), BITAND("&"), FLOORDIV("//");

        public final String symbol;

        Operator(String symbol) {
            this.symbol = symbol;
        }
    }

    enum CmpOp {
        EQ("=="), NOT_EQ("!="), LT("<"), LT_E("<="), GT(">"), GT_E(">="),
        IS("is"), IS_NOT("is not"), IN("in"), NOT_IN("not in");

        public final String symbol;

        CmpOp(String symbol) {
            this.symbol = symbol;
        }
    }

    /** {@code a and b and c}: two or more values. */
    record BoolOp(Pos pos, BoolOpKind op, List<Expr> values) implements Expr {}

    /** {@code (target := value)}. */
    record NamedExpr(Pos pos, Name target, Expr value) implements Expr {}

    record BinOp(Pos pos, Expr left, Operator op, Expr right) implements Expr {}

    record UnaryOp(Pos pos, UnaryOpKind op, Expr operand) implements Expr {}

    record Lambda(Pos pos, Arguments args, Expr body) implements Expr {}

    /** {@code body if test else orelse}. */
    record IfExp(Pos pos, Expr test, Expr body, Expr orelse) implements Expr {}

    /** A dict display; a null key marks a {@code **mapping} entry whose mapping is the value. */
    record DictDisplay(Pos pos, List<Expr> keys, List<Expr> values) implements Expr {}

    record SetDisplay(Pos pos, List<Expr> elts) implements Expr {}

    record ListComp(Pos pos, Expr elt, List<Comprehension> generators) implements Expr {}

    record SetComp(Pos pos, Expr elt, List<Comprehension> generators) implements Expr {}

    record DictComp(Pos pos, Expr key, Expr value, List<Comprehension> generators) implements Expr {}

    record GeneratorExp(Pos pos, Expr elt, List<Comprehension> generators) implements Expr {}

    record Await(Pos pos, Expr value) implements Expr {}

    /** {@code yield} or {@code yield value}; value is null for a bare yield. */
    record Yield(Pos pos, Expr value) implements Expr {}

    record YieldFrom(Pos pos, Expr value) implements Expr {}

    /** {@code left op0 c0 op1 c1 ...}: ops and comparators have the same length. */
    record Compare(Pos pos, Expr left, List<CmpOp> ops, List<Expr> comparators) implements Expr {}

    /** A call; positional arguments may include {@link Starred}, keywords may include {@code **} (null arg). */
    record Call(Pos pos, Expr func, List<Expr> args, List<Keyword> keywords) implements Expr {}

    /**
     * One replacement field of an f-string. {@code conversion} is -1 for none, or one of
     * {@code 's'}, {@code 'r'}, {@code 'a'}; {@code formatSpec} is null or a {@link JoinedStr}.
     */
    record FormattedValue(Pos pos, Expr value, int conversion, Expr formatSpec) implements Expr {}

    /** An f-string: {@link Constant} string pieces and {@link FormattedValue}s, in order. */
    record JoinedStr(Pos pos, List<Expr> values) implements Expr {}

    /**
     * A literal. The value is one of: {@link Boolean}, {@link Long} or {@link BigInteger} for an
     * int, {@link Double}, {@link Imaginary}, {@link String}, {@link Bytes},
     * {@link Singleton#NONE} or {@link Singleton#ELLIPSIS}.
     */
    record Constant(Pos pos, Object value) implements Expr {}

    /** {@code None} and {@code ...} as constant values. */
    enum Singleton { NONE, ELLIPSIS }

    /** The value of an imaginary literal such as {@code 2j}. */
    record Imaginary(double imag) {}

    /** The value of a bytes literal; the array is never mutated. */
    record Bytes(byte[] value) {}

    record Attribute(Pos pos, Expr value, String attr, Ctx ctx) implements Expr {}

    /** {@code value[slice]}; a tuple of indices arrives as a {@link TupleDisplay}. */
    record Subscript(Pos pos, Expr value, Expr slice, Ctx ctx) implements Expr {}

    record Starred(Pos pos, Expr value, Ctx ctx) implements Expr {}

    record Name(Pos pos, String id, Ctx ctx) implements Expr {}

    record ListDisplay(Pos pos, List<Expr> elts, Ctx ctx) implements Expr {}

    record TupleDisplay(Pos pos, List<Expr> elts, Ctx ctx) implements Expr {}

    /** {@code lower:upper:step} inside a subscript; each part may be null. */
    record Slice(Pos pos, Expr lower, Expr upper, Expr step) implements Expr {}
}
