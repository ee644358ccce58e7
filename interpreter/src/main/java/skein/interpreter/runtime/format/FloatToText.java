package skein.interpreter.runtime.format;

/**
 * A double as text in the styles of {@code format()} and {@code %}: exponent ('e'), fixed ('f'),
 * general ('g') and repr ('r'), with CPython's choice of layout. The text starts with '-' for
 * negative values (never '+'); callers add other signs and padding.
 */
final class FloatToText {

    /** Shows "1.0" rather than "1" for integral values without an exponent (repr, format's '' type). */
    static final int ADD_DOT_0 = 1;
    /** The '#' form: keep the decimal point, and for 'g' the trailing zeros. */
    static final int ALTERNATE = 2;
    /** The 'z' option: a negative value that rounds to zero is shown as positive zero. */
    static final int NO_NEGATIVE_ZERO = 4;

    private FloatToText() {
    }

    /**
     * @param style 'e', 'f', 'g', 'r' or an upper-case 'E', 'F', 'G' (upper-case exponent, INF, NAN)
     * @param precision digits after the point for 'e' and 'f', significant digits for 'g'
     *                  (0 counts as 1); ignored for 'r'
     */
    static String convert(double x, char style, int precision, int flags) {
        boolean upper = Character.isUpperCase(style);
        char lowerStyle = Character.toLowerCase(style);
        if (Double.isNaN(x)) {
            return upper ? "NAN" : "nan";
        }
        boolean negative = Double.doubleToRawLongBits(x) < 0;
        if (Double.isInfinite(x)) {
            return (negative ? "-" : "") + (upper ? "INF" : "inf");
        }
        boolean addDot0 = (flags & ADD_DOT_0) != 0;
        boolean alternate = (flags & ALTERNATE) != 0;
        int significant = Math.max(precision, 1);
        // CPython counts 'e' digits in a C int, which wraps for precision INT_MAX; dtoa then
        // makes one digit of a count below one.
        int exponentDigits = precision + 1;
        FloatDigits rounded = switch (lowerStyle) {
            case 'e' -> FloatDigits.significant(x, Math.max(exponentDigits, 1));
            case 'f' -> FloatDigits.fixed(x, precision);
            case 'g' -> FloatDigits.significant(x, significant);
            case 'r' -> FloatDigits.shortest(x);
            default -> throw new IllegalArgumentException("float style " + style);
        };
        String digits = rounded.digits();
        int point = rounded.decimalPoint();
        if (negative && (flags & NO_NEGATIVE_ZERO) != 0 && digits.equals("0")) {
            negative = false;
        }

        // The text shows positions [start, end) of the digits extended with zeros both ways,
        // with the decimal point before position 'point'.
        boolean useExponent = false;
        long end = digits.length();
        switch (lowerStyle) {
            case 'e' -> {
                useExponent = true;
                end = exponentDigits;
            }
            case 'f' -> end = (long) point + precision;
            case 'g' -> {
                useExponent = point <= -4 || point > (addDot0 ? significant - 1 : significant);
                if (alternate) {
                    end = significant;
                }
            }
            default -> useExponent = point <= -4 || point > 16;
        }
        int exponent = 0;
        if (useExponent) {
            exponent = point - 1;
            point = 1;
        }
        int start = point <= 0 ? point - 1 : 0;
        end = Math.max(end, !useExponent && addDot0 ? point + 1L : point);

        Padding.checkLength(end - start + 8);
        StringBuilder out = new StringBuilder((int) (end - start) + 8);
        if (negative) {
            out.append('-');
        }
        for (long i = start; i < end; i++) {
            if (i == point) {
                out.append('.');
            }
            out.append(i >= 0 && i < digits.length() ? digits.charAt((int) i) : '0');
        }
        if (point == end && alternate) {
            out.append('.');
        }
        if (useExponent) {
            out.append(upper ? 'E' : 'e').append(exponent < 0 ? '-' : '+');
            int magnitude = Math.abs(exponent);
            if (magnitude < 10) {
                out.append('0');
            }
            out.append(magnitude);
        }
        return out.toString();
    }
}
