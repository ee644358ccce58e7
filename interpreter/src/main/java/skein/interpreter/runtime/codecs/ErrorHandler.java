package skein.interpreter.runtime.codecs;

/** The builtin codec error handlers, looked up by name only when an error occurs, as CPython does. */
enum ErrorHandler {
    STRICT("strict"),
    IGNORE("ignore"),
    REPLACE("replace"),
    BACKSLASHREPLACE("backslashreplace"),
    XMLCHARREFREPLACE("xmlcharrefreplace"),
    NAMEREPLACE("namereplace"),
    SURROGATEESCAPE("surrogateescape"),
    SURROGATEPASS("surrogatepass");

    private final String pythonName;

    ErrorHandler(String pythonName) {
        this.pythonName = pythonName;
    }

    /** The handler of that name; LookupError for a name that is none of the builtin ones. */
    static ErrorHandler named(String name) {
        for (ErrorHandler handler : values()) {
            if (handler.pythonName.equals(name)) {
                return handler;
            }
        }
        throw CodecErrors.lookupError("unknown error handler name '" + name + "'");
    }
}
