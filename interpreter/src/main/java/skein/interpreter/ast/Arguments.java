package skein.interpreter.ast;

import java.util.List;

/**
 * The parameter list of a {@code def} or {@code lambda}, as CPython's {@code ast.arguments}:
 * {@code defaults} belong to the last of {@code posonlyargs + args}; {@code kwDefaults} has one
 * entry per keyword-only parameter, null where it has none.
 */
public record Arguments(List<Arg> posonlyargs, List<Arg> args, Arg vararg, List<Arg> kwonlyargs,
                        List<Expr> kwDefaults, Arg kwarg, List<Expr> defaults) {

    public static final Arguments EMPTY =
            new Arguments(List.of(), List.of(), null, List.of(), List.of(), null, List.of());

    /** One parameter; the annotation may be null. */
    public record Arg(Pos pos, String name, Expr annotation) {}
}
