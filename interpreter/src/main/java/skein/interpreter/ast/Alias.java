package skein.interpreter.ast;

/** A name in an import, {@code name [as asname]}; name may be dotted, asname may be null. */
public record Alias(Pos pos, String name, String asname) {}
