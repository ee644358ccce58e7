package skein.interpreter.runtime;

/** A binary operator: its symbol, its special method, the reflected and in-place ones. */
public enum BinaryOp {
    ADD("+", "add"), SUB("-", "sub"), MUL("*", "mul"), MATMUL("@", "matmul"), TRUEDIV("/", "truediv"),
    FLOORDIV("//", "floordiv"), MOD("%", "mod"), POW("**", "pow"), LSHIFT("<<", "lshift"),
    RSHIFT(">>", "rshift"), AND("&", "and"), OR("|", "or"), XOR("^", "xor"), DIVMOD("divmod()", "divmod");

    public final String symbol;
    public final String method;
    public final String reflected;
    public final String inplace;

    BinaryOp(String symbol, String name) {
        this.symbol = symbol;
        this.method = "__" + name + "__";
        this.reflected = "__r" + name + "__";
        this.inplace = "__i" + name + "__";
    }
}
