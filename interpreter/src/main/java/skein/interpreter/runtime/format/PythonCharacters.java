package skein.interpreter.runtime.format;

/**
 * CPython's character predicates ({@code str.isspace}, {@code str.isprintable}, decimal digit
 * values), computed from Java's Unicode tables. Java may know a newer Unicode version than
 * CPython 3.11 (Unicode 14.0): characters assigned since then differ.
 */
public final class PythonCharacters {

    private PythonCharacters() {
    }

    /** {@code str.isspace()} for one character: category Zs, or bidirectional class WS, B or S. */
    public static boolean isSpace(int codePoint) {
        if (codePoint < 128) {
            return codePoint == ' ' || (codePoint >= '\t' && codePoint <= '\r')
                    || (codePoint >= 0x1c && codePoint <= 0x1f);
        }
        if (Character.getType(codePoint) == Character.SPACE_SEPARATOR) {
            return true;
        }
        byte direction = Character.getDirectionality(codePoint);
        return direction == Character.DIRECTIONALITY_WHITESPACE
                || direction == Character.DIRECTIONALITY_PARAGRAPH_SEPARATOR
                || direction == Character.DIRECTIONALITY_SEGMENT_SEPARATOR;
    }

    /** The C locale's {@code isspace}, which CPython's number parsers use on ASCII text. */
    static boolean isAsciiSpace(int c) {
        return c == ' ' || (c >= '\t' && c <= '\r');
    }

    /**
     * {@code str.isprintable()} for one character: everything but the "Other" and "Separator"
     * categories, except that the ASCII space is printable.
     */
    public static boolean isPrintable(int codePoint) {
        if (codePoint == ' ') {
            return true;
        }
        return switch (Character.getType(codePoint)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE,
                 Character.UNASSIGNED, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                 Character.SPACE_SEPARATOR -> false;
            default -> true;
        };
    }

    /** The value of a Unicode decimal digit (category Nd), or -1 for any other character. */
    public static int decimalValue(int codePoint) {
        if (codePoint >= '0' && codePoint <= '9') {
            return codePoint - '0';
        }
        if (codePoint < 128 || Character.getType(codePoint) != Character.DECIMAL_DIGIT_NUMBER) {
            return -1;
        }
        return Character.digit(codePoint, 10);
    }

    /**
     * The ASCII form CPython's {@code int()} and {@code float()} parse: Unicode spaces become
     * ' ', Unicode decimal digits their ASCII digit; the first other non-ASCII character
     * becomes '?' and ends the text, which is then invalid whatever follows.
     */
    static String toAsciiNumber(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (c < 127) {
                out.append((char) c);
            } else if (isSpace(c)) {
                out.append(' ');
            } else {
                int digit = decimalValue(c);
                if (digit < 0) {
                    out.append('?');
                    break;
                }
                out.append((char) ('0' + digit));
            }
        }
        return out.toString();
    }
}
