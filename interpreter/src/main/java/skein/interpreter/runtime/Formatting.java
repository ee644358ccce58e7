package skein.interpreter.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import skein.interpreter.runtime.exception.PythonErrors;

/** {@code format(value, spec)} and {@code ascii(value)}. */
public final class Formatting {

    private Formatting() {
    }

    /** {@code format(value, spec)}: the value's {@code __format__}, which must give a str. */
    @TruffleBoundary
    public static String format(Object value, String spec) {
        Object result = Calls.callSpecial(value, "__format__", spec);
        if (result instanceof String s) {
            return s;
        }
        throw PythonErrors.typeError("__format__ must return a str, not " + TypeOf.name(result));
    }

    /** {@code ascii(value)}: the repr with every non-ASCII character escaped. */
    @TruffleBoundary
    public static String ascii(Object value) {
        String repr = Reprs.repr(value);
        StringBuilder sb = new StringBuilder(repr.length());
        repr.codePoints().forEach(cp -> {
            if (cp < 0x80) {
                sb.append((char) cp);
            } else if (cp < 0x100) {
                sb.append(String.format("\\x%02x", cp));
            } else if (cp < 0x10000) {
                sb.append(String.format("\\u%04x", cp));
            } else {
                sb.append(String.format("\\U%08x", cp));
            }
        });
        return sb.toString();
    }
}
