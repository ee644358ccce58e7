package skein.interpreter.ast;

import java.util.List;

/** A parsed file or {@code exec} string. */
public record Module(List<Stmt> body) {}
