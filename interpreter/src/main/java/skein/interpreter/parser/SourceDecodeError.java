package skein.interpreter.parser;

/**
 * The UnicodeDecodeError CPython raises as it is, not as a SyntaxError, when reading the rest
 * of a file after a syntax error runs into a name holding bytes that are not UTF-8. It carries
 * the exception's arguments: the name's bytes, where the bad sequence starts and ends in them,
 * and why it does not decode.
 */
public final class SourceDecodeError extends RuntimeException {

    private final byte[] object;
    private final int start;
    private final int end;
    private final String reason;

    private SourceDecodeError(byte[] object, Utf8Problem.Problem problem) {
        super("'utf-8' codec can't decode " + problem.describe(object, 0), null, false, false);
        this.object = object;
        this.start = problem.start();
        this.end = problem.end();
        this.reason = problem.reason();
    }

    /** The error for a name as the lexer read it, undecodable bytes escaped as {@link UndecodedBytes} keeps them. */
    static SourceDecodeError inName(String name) {
        byte[] bytes = UndecodedBytes.original(name);
        return new SourceDecodeError(bytes, Utf8Problem.locate(bytes, 0, bytes.length));
    }

    public String encoding() {
        return "utf-8";
    }

    public byte[] object() {
        return object.clone();
    }

    public int start() {
        return start;
    }

    public int end() {
        return end;
    }

    public String reason() {
        return reason;
    }

    /** The last line CPython prints for this error. */
    @Override
    public String toString() {
        return "UnicodeDecodeError: " + getMessage();
    }
}
