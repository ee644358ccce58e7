package skein.interpreter.runtime.format;

import java.math.BigInteger;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import skein.interpreter.runtime.exception.PythonErrors;

/**
 * One conversion of a %-format string, such as {@code %(name)-10.3s}, and the text it makes of
 * an operand. A conversion whose text is malformed keeps what was parsed before the fault and
 * the error to raise, since CPython raises it only after fetching the operands seen so far.
 *
 * @param key the mapping key, or null
 * @param width the minimum width, {@link #NONE}, or {@link #FROM_OPERAND} for '*'
 * @param precision the precision, {@link #NONE}, or {@link #FROM_OPERAND} for '*'
 * @param conversion the conversion character (a code point)
 * @param malformation the error this conversion raises, or null when it is well formed
 */
public record PercentConversion(String key, boolean leftAdjust, boolean forceSign, boolean blankSign,
                                boolean alternate, boolean zeroPad, long width, int precision,
                                int conversion, Malformation malformation) implements PercentFormat.Piece {

    public static final int NONE = -1;
    public static final int FROM_OPERAND = -2;

    /** When a malformed conversion raises its error. */
    public enum Stage {
        /** After checking that there is a mapping, before looking the key up. */
        BEFORE_KEY_LOOKUP,
        /** After the key lookup and the '*' operands parsed before the fault. */
        BEFORE_OPERAND,
        /** After fetching the operand: an unknown conversion character. */
        AFTER_OPERAND
    }

    /** A ValueError a malformed conversion raises, and when. */
    public record Malformation(Stage stage, String message) {
    }

    /** This conversion with the width and precision that '*' took from the operands. */
    PercentConversion withOperandSizes(long operandWidth, int operandPrecision) {
        boolean left = leftAdjust;
        long w = width;
        if (width == FROM_OPERAND) {
            left |= operandWidth < 0;
            w = Math.abs(operandWidth);
        }
        int p = precision == FROM_OPERAND ? Math.max(operandPrecision, 0) : precision;
        return new PercentConversion(key, left, forceSign, blankSign, alternate, zeroPad, w, p, conversion, malformation);
    }

    /** {@code %d %i %u %o %x %X} of an int ({@code Long} or {@code BigInteger}). */
    @TruffleBoundary
    public String formatInteger(Number value, int maxStrDigits) {
        int radix = switch (conversion) {
            case 'o' -> 8;
            case 'x', 'X' -> 16;
            default -> 10;
        };
        String digits = IntText.magnitude(value, radix, maxStrDigits);
        StringBuilder body = new StringBuilder(digits.length() + 4);
        if (IntText.signum(value) < 0) {
            body.append('-');
        }
        if (alternate && radix != 10) {
            body.append(conversion == 'o' ? "0o" : conversion == 'x' ? "0x" : "0X");
        }
        if (precision > digits.length()) {
            Padding.append(body, '0', precision - digits.length());
        }
        body.append(conversion == 'X' ? digits.toUpperCase() : digits);
        return output(body.toString(), true);
    }

    /** {@code %e %E %f %F %g %G}. */
    @TruffleBoundary
    public String formatFloat(double x) {
        int flags = alternate ? FloatToText.ALTERNATE : 0;
        return output(FloatToText.convert(x, (char) conversion, precision < 0 ? 6 : precision, flags), true);
    }

    /** {@code %c} of a character (a code point). */
    @TruffleBoundary
    public String formatCharacter(int codePoint) {
        return output(Character.toString(codePoint), false);
    }

    /** {@code %c} of an int: OverflowError outside range(0x110000). */
    @TruffleBoundary
    public String formatCharacter(Number value) {
        boolean fitsLong = !(value instanceof BigInteger big) || big.bitLength() < 64;
        if (!fitsLong || value.longValue() < 0 || value.longValue() > Character.MAX_CODE_POINT) {
            throw PythonErrors.overflowError("%c arg not in range(0x110000)");
        }
        return formatCharacter((int) value.longValue());
    }

    /** {@code %s %r %a %b} of the operand's str, repr or ascii text: cut to the precision, padded. */
    @TruffleBoundary
    public String formatText(String text) {
        return output(text, false);
    }

    /**
     * Pads a conversion's text to the width. Numbers take their sign (and with '#' their
     * "0x"/"0o" prefix) ahead of zero padding: {@code '%#08x' % 255 == '0x0000ff'}.
     */
    private String output(String body, boolean numeric) {
        int fill = numeric && zeroPad ? '0' : ' ';
        String text = body;
        long length = text.codePointCount(0, text.length());
        boolean truncates = conversion == 's' || conversion == 'r' || conversion == 'a' || conversion == 'b';
        if (truncates && precision >= 0 && length > precision) {
            text = text.substring(0, text.offsetByCodePoints(0, precision));
            length = precision;
        }
        int pos = 0;
        char sign = 0;
        if (numeric) {
            if (text.startsWith("-") || text.startsWith("+")) {
                sign = text.charAt(0);
                pos = 1;
                length--;
            } else if (forceSign) {
                sign = '+';
            } else if (blankSign) {
                sign = ' ';
            }
        }
        long remainingWidth = Math.max(width, length);
        StringBuilder out = new StringBuilder();
        if (sign != 0) {
            if (fill != ' ') {
                out.append(sign);
            }
            if (remainingWidth > length) {
                remainingWidth--;
            }
        }
        boolean prefixed = numeric && alternate && (conversion == 'x' || conversion == 'X' || conversion == 'o');
        if (prefixed) {
            if (fill != ' ') {
                out.append(text, pos, pos + 2);
                pos += 2;
            }
            remainingWidth = Math.max(remainingWidth - 2, 0);
            length -= 2;
        }
        if (remainingWidth > length && !leftAdjust) {
            Padding.append(out, fill, remainingWidth - length);
            remainingWidth = length;
        }
        if (fill == ' ') {
            if (sign != 0) {
                out.append(sign);
            }
            if (prefixed) {
                out.append(text, pos, pos + 2);
                pos += 2;
            }
        }
        out.append(text, pos, text.length());
        Padding.append(out, ' ', remainingWidth - length);
        return out.toString();
    }
}
