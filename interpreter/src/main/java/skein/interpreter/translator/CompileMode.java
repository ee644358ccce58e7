package skein.interpreter.translator;

/** The {@code mode} argument of {@code compile}: what the source is and what its code does. */
public enum CompileMode {
    /** A module's statements. */
    EXEC,
    /** One expression, whose value the code returns. */
    EVAL,
    /** One interactive statement, whose expression statements' values go to {@code sys.displayhook}. */
    SINGLE
}
