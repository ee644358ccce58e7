package skein.interpreter.runtime.format;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import skein.interpreter.runtime.exception.PythonErrors;

/**
 * Reads a {@code str.format} template piece by piece: literal text ("{{" and "}}" standing
 * for single braces) and replacement fields {@code {name!conversion:spec}}. Errors in the
 * template are raised only when reading reaches them, so that a field before a fault is
 * looked up (and may raise) first, as in CPython. This is what {@code string.Formatter.parse}
 * exposes.
 */
public final class FormatTemplate {

    /**
     * One piece of a template: literal text, possibly empty, then an optional field.
     *
     * @param literal the text before the field, braces unescaped
     * @param field the field after the text, or null
     */
    public record Chunk(String literal, Field field) {
    }

    /**
     * A replacement field.
     *
     * @param name the field name, such as "0", "" (automatic numbering) or "key.attr[0]"
     * @param conversion 'r', 's', 'a' or any other code point the template gives, or
     *                   {@link #NO_CONVERSION}
     * @param spec the format spec as written, replacement fields in it unexpanded
     * @param specHasFields whether the spec contains replacement fields to expand
     */
    public record Field(String name, int conversion, String spec, boolean specHasFields) {
    }

    public static final int NO_CONVERSION = 0;

    private final int[] text;
    private int pos;

    public FormatTemplate(String template) {
        this.text = template.codePoints().toArray();
    }

    /** The next piece, or null at the end of the template; ValueError at a malformed one. */
    @TruffleBoundary
    public Chunk next() {
        if (pos >= text.length) {
            return null;
        }
        int start = pos;
        int c = 0;
        boolean markupFollows = false;
        while (pos < text.length) {
            c = text[pos++];
            if (c == '{' || c == '}') {
                markupFollows = true;
                break;
            }
        }
        boolean atEnd = pos >= text.length;
        int literalEnd = pos;
        if (c == '}' && markupFollows && (atEnd || text[pos] != '}')) {
            throw PythonErrors.valueError("Single '}' encountered in format string");
        }
        if (atEnd && c == '{' && markupFollows) {
            throw PythonErrors.valueError("Single '{' encountered in format string");
        }
        if (markupFollows) {
            if (text[pos] == c) {
                // a doubled brace: the literal keeps one of them, and no field follows
                pos++;
                markupFollows = false;
            } else {
                literalEnd--;
            }
        }
        String literal = new String(text, start, literalEnd - start);
        return new Chunk(literal, markupFollows ? parseField() : null);
    }

    /** Reads a field after its '{', up to and including its '}'. */
    private Field parseField() {
        int nameStart = pos;
        int c = 0;
        while (pos < text.length) {
            c = text[pos++];
            if (c == '{') {
                throw PythonErrors.valueError("unexpected '{' in field name");
            } else if (c == '[') {
                while (pos < text.length && text[pos] != ']') {
                    pos++;
                }
            } else if (c == '}' || c == ':' || c == '!') {
                break;
            }
        }
        String name = new String(text, nameStart, pos - 1 - nameStart);
        if (c != '!' && c != ':') {
            if (c != '}') {
                throw PythonErrors.valueError("expected '}' before end of string");
            }
            return new Field(name, NO_CONVERSION, "", false);
        }
        int conversion = NO_CONVERSION;
        if (c == '!') {
            if (pos >= text.length) {
                throw PythonErrors.valueError("end of string while looking for conversion specifier");
            }
            conversion = text[pos++];
            if (pos < text.length) {
                c = text[pos++];
                if (c == '}') {
                    return new Field(name, conversion, "", false);
                }
                if (c != ':') {
                    throw PythonErrors.valueError("expected ':' after conversion specifier");
                }
            }
        }
        int specStart = pos;
        int depth = 1;
        boolean hasFields = false;
        while (pos < text.length) {
            c = text[pos++];
            if (c == '{') {
                hasFields = true;
                depth++;
            } else if (c == '}' && --depth == 0) {
                return new Field(name, conversion, new String(text, specStart, pos - 1 - specStart), hasFields);
            }
        }
        throw PythonErrors.valueError("unmatched '{' in format spec");
    }
}
