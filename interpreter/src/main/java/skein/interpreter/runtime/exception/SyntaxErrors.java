package skein.interpreter.runtime.exception;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import skein.interpreter.SkeinLanguage;
import skein.interpreter.objects.PBaseException;
import skein.interpreter.objects.PBytes;
import skein.interpreter.objects.PDict;
import skein.interpreter.objects.PNone;
import skein.interpreter.objects.PTuple;
import skein.interpreter.objects.PythonClass;
import skein.interpreter.parser.PythonSyntaxError;
import skein.interpreter.parser.SourceDecodeError;
import skein.interpreter.runtime.BuiltinTypes;
import skein.interpreter.runtime.Calls;

/** CPython's SyntaxError objects: {@code msg}, {@code filename}, {@code lineno}, {@code offset}, {@code text}... */
public final class SyntaxErrors {

    private SyntaxErrors() {
    }

    @TruffleBoundary
    public static PException fromParser(PythonSyntaxError e) {
        String type = switch (e.kind()) {
            case SYNTAX_ERROR -> "SyntaxError";
            case INDENTATION_ERROR -> "IndentationError";
            case TAB_ERROR -> "TabError";
        };
        if (e.lineno() == 0 && e.text() == null) {
            // Errors about the file as a whole (its encoding, a NUL in a module) carry only their message.
            Object error = Calls.call(SkeinLanguage.types().exceptionByName(type), e.msg());
            return new PException((PBaseException) error, null);
        }
        return create(type, e.msg(), e.filename(), e.lineno(), e.offset(), e.endLineno(), e.endOffset(), e.text());
    }

    /** The bare UnicodeDecodeError CPython raises for a name in the source that is not UTF-8. */
    @TruffleBoundary
    public static PException fromDecoder(SourceDecodeError e) {
        BuiltinTypes types = SkeinLanguage.types();
        Object error = Calls.call(types.unicodeDecodeError, e.encoding(), new PBytes(types.bytesType, e.object()),
                (long) e.start(), (long) e.end(), e.reason());
        return new PException((PBaseException) error, null);
    }

    /** A SyntaxError (or subclass, by name) with its details; line and offsets are 1-based, 0 when unknown. */
    @TruffleBoundary
    public static PException create(String typeName, String message, String filename, int line, int offset,
                                    int endLine, int endOffset, String text) {
        BuiltinTypes types = SkeinLanguage.types();
        PythonClass type = types.exceptionByName(typeName);
        Object textValue = text == null ? PNone.NONE : text;
        PTuple details = new PTuple(types.tupleType, new Object[]{filename, (long) line, (long) offset, textValue,
                (long) endLine, (long) endOffset});
        PBaseException exception = new PBaseException(type, new PTuple(types.tupleType, new Object[]{message, details}));
        PDict dict = exception.getOrCreateDict();
        dict.setItem("msg", message);
        dict.setItem("filename", filename);
        dict.setItem("lineno", (long) line);
        dict.setItem("offset", (long) offset);
        dict.setItem("text", textValue);
        dict.setItem("end_lineno", (long) endLine);
        dict.setItem("end_offset", (long) endOffset);
        dict.setItem("print_file_and_line", PNone.NONE);
        return new PException(exception, null);
    }
}
