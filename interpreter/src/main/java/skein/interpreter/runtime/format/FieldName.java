package skein.interpreter.runtime.format;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import skein.interpreter.runtime.exception.PythonErrors;

/**
 * The name of a replacement field split into its first part, an argument index or keyword,
 * and the accessors after it: {@code .attribute} and {@code [key]}. The accessors are read one
 * at a time, and errors in them raised only when reached, as CPython does
 * ({@code _string.formatter_field_name_split}).
 */
public final class FieldName {

    /**
     * One accessor.
     *
     * @param attribute true for {@code .name}, false for {@code [key]}
     * @param key the attribute name or the item key as text
     * @param index the key as a non-negative integer when it is all decimal digits, else -1
     */
    public record Accessor(boolean attribute, String key, long index) {
    }

    private final String first;
    private final long firstIndex;
    private final int[] text;
    private int pos;

    private FieldName(String first, long firstIndex, int[] text, int pos) {
        this.first = first;
        this.firstIndex = firstIndex;
        this.text = text;
        this.pos = pos;
    }

    /** Splits a field name; ValueError when its first part is a number too large. */
    @TruffleBoundary
    public static FieldName parse(String name) {
        int[] text = name.codePoints().toArray();
        int end = 0;
        while (end < text.length && text[end] != '.' && text[end] != '[') {
            end++;
        }
        String first = new String(text, 0, end);
        return new FieldName(first, integerValue(first), text, end);
    }

    /** The part before any accessor: "" for an automatically numbered field. */
    public String first() {
        return first;
    }

    /** The first part as an argument index, or -1 when it is not all decimal digits (or empty). */
    public long firstIndex() {
        return firstIndex;
    }

    /** The next accessor, or null after the last; ValueError when the name is malformed there. */
    @TruffleBoundary
    public Accessor next() {
        if (pos >= text.length) {
            return null;
        }
        int c = text[pos++];
        Accessor accessor;
        if (c == '.') {
            int start = pos;
            while (pos < text.length && text[pos] != '.' && text[pos] != '[') {
                pos++;
            }
            accessor = new Accessor(true, new String(text, start, pos - start), -1);
        } else if (c == '[') {
            int start = pos;
            while (pos < text.length && text[pos] != ']') {
                pos++;
            }
            if (pos >= text.length) {
                throw PythonErrors.valueError("Missing ']' in format string");
            }
            String key = new String(text, start, pos - start);
            pos++;
            accessor = new Accessor(false, key, integerValue(key));
        } else {
            throw PythonErrors.valueError("Only '.' or '[' may follow ']' in format field specifier");
        }
        if (accessor.key().isEmpty()) {
            throw PythonErrors.valueError("Empty attribute in format string");
        }
        return accessor;
    }

    /** The value of text made only of decimal digits (any script's), or -1. */
    private static long integerValue(String text) {
        if (text.isEmpty()) {
            return -1;
        }
        long value = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            int digit = PythonCharacters.decimalValue(c);
            if (digit < 0) {
                return -1;
            }
            if (value > (Long.MAX_VALUE - digit) / 10) {
                throw PythonErrors.valueError("Too many decimal digits in format string");
            }
            value = value * 10 + digit;
        }
        return value;
    }
}
