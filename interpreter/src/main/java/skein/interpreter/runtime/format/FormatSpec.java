package skein.interpreter.runtime.format;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import skein.interpreter.runtime.exception.PException;
import skein.interpreter.runtime.exception.PythonErrors;

/**
 * A parsed format specification, {@code format()}'s second argument and the text after ':' in a
 * replacement field: {@code [[fill]align][sign][z][#][0][width][grouping][.precision][type]}.
 *
 * @param fill the fill character (a code point), ' ' unless given
 * @param align '<', '>', '^' or '=', the object type's default unless given
 * @param sign '+', '-', ' ', or 0 when not given
 * @param noNegativeZero the 'z' option
 * @param alternate the '#' option
 * @param width the minimum width in characters, or {@link #UNSET}
 * @param grouping ',' or '_' (the thousands separator), or 0
 * @param precision the precision, or {@link #UNSET}
 * @param type the presentation type (a code point), the object type's default unless given;
 *             {@link #NO_TYPE} when neither says one
 */
public record FormatSpec(int fill, char align, char sign, boolean noNegativeZero, boolean alternate,
                         long width, char grouping, long precision, int type) {

    public static final long UNSET = -1;
    public static final int NO_TYPE = 0;

    /**
     * Parses a format specification for an object of some type.
     *
     * @param defaultType the type's implied presentation type: 'd' for int, 's' for str,
     *                    {@link #NO_TYPE} for float
     * @param defaultAlign '>' for numbers, '<' for str
     * @param typeName the object's type name, for error messages
     */
    @TruffleBoundary
    public static FormatSpec parse(String spec, int defaultType, char defaultAlign, String typeName) {
        int[] text = spec.codePoints().toArray();
        int end = text.length;
        int pos = 0;

        int fill = ' ';
        boolean fillGiven = false;
        char align = defaultAlign;
        boolean alignGiven = false;
        if (end - pos >= 2 && isAlign(text[pos + 1])) {
            fill = text[pos];
            align = (char) text[pos + 1];
            fillGiven = alignGiven = true;
            pos += 2;
        } else if (end - pos >= 1 && isAlign(text[pos])) {
            align = (char) text[pos];
            alignGiven = true;
            pos++;
        }

        char sign = 0;
        if (pos < end && (text[pos] == '+' || text[pos] == '-' || text[pos] == ' ')) {
            sign = (char) text[pos++];
        }
        boolean noNegativeZero = false;
        if (pos < end && text[pos] == 'z') {
            noNegativeZero = true;
            pos++;
        }
        boolean alternate = false;
        if (pos < end && text[pos] == '#') {
            alternate = true;
            pos++;
        }
        // A leading '0' on the width means zero padding, unless a fill was given.
        if (!fillGiven && pos < end && text[pos] == '0') {
            fill = '0';
            if (!alignGiven && defaultAlign == '>') {
                align = '=';
            }
            pos++;
        }

        int widthStart = pos;
        long width = UNSET;
        for (; pos < end && PythonCharacters.decimalValue(text[pos]) >= 0; pos++) {
            width = accumulate(pos == widthStart ? 0 : width, PythonCharacters.decimalValue(text[pos]));
        }

        char grouping = 0;
        if (pos < end && text[pos] == ',') {
            grouping = ',';
            pos++;
        }
        if (pos < end && text[pos] == '_') {
            if (grouping != 0) {
                throw PythonErrors.valueError("Cannot specify both ',' and '_'.");
            }
            grouping = '_';
            pos++;
        }
        if (pos < end && text[pos] == ',' && grouping == '_') {
            throw PythonErrors.valueError("Cannot specify both ',' and '_'.");
        }

        long precision = UNSET;
        if (pos < end && text[pos] == '.') {
            pos++;
            int precisionStart = pos;
            for (; pos < end && PythonCharacters.decimalValue(text[pos]) >= 0; pos++) {
                precision = accumulate(pos == precisionStart ? 0 : precision, PythonCharacters.decimalValue(text[pos]));
            }
            if (pos == precisionStart) {
                throw PythonErrors.valueError("Format specifier missing precision");
            }
        }

        if (end - pos > 1) {
            throw PythonErrors.valueError("Invalid format specifier '" + spec + "' for object of type '"
                    + limitTypeName(typeName) + "'");
        }
        int type = end - pos == 1 ? text[pos] : defaultType;

        if (grouping != 0 && !allowsGrouping(type, grouping)) {
            throw PythonErrors.valueError("Cannot specify '" + grouping + "' with " + quoteType(type) + ".");
        }
        return new FormatSpec(fill, align, sign, noNegativeZero, alternate, width, grouping, precision, type);
    }

    /** The error for a presentation type the object's type does not know. */
    static PException unknownType(int type, String typeName) {
        return PythonErrors.valueError("Unknown format code " + quoteType(type) + " for object of type '"
                + limitTypeName(typeName) + "'");
    }

    /** How CPython's messages show a type code: 'x' when printable ASCII, '\x..' otherwise. */
    private static String quoteType(int type) {
        if (type > 32 && type < 128) {
            return "'" + (char) type + "'";
        }
        return "'\\x" + Integer.toHexString(type) + "'";
    }

    /** CPython's messages show at most 200 characters of a type name. */
    private static String limitTypeName(String typeName) {
        return typeName.length() <= 200 ? typeName : typeName.substring(0, 200);
    }

    private static boolean allowsGrouping(int type, char grouping) {
        return switch (type) {
            case 'd', 'e', 'f', 'g', 'E', 'G', '%', 'F', NO_TYPE -> true;
            case 'b', 'o', 'x', 'X' -> grouping == '_';
            default -> false;
        };
    }

    private static boolean isAlign(int c) {
        return c == '<' || c == '>' || c == '=' || c == '^';
    }

    private static long accumulate(long value, int digit) {
        if (value > (Long.MAX_VALUE - digit) / 10) {
            throw PythonErrors.valueError("Too many decimal digits in format string");
        }
        return value * 10 + digit;
    }
}
