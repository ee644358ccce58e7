package skein.interpreter.runtime.format;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import skein.interpreter.runtime.exception.PythonErrors;

/** {@code format(float, spec)}: presentation types e E f F g G n % and none. */
public final class FloatFormatter {

    private FloatFormatter() {
    }

    /**
     * Formats a float by a spec string. An empty spec is {@code str(x)}; callers holding a
     * float subclass call its {@code __str__} for that case instead.
     *
     * @param typeName the value's type name, for error messages
     */
    @TruffleBoundary
    public static String format(double x, String spec, String typeName) {
        if (spec.isEmpty()) {
            return FloatRepr.repr(x);
        }
        return format(x, FormatSpec.parse(spec, FormatSpec.NO_TYPE, '>', typeName), typeName);
    }

    /**
     * The type none is repr-like without a precision ("1e+16", "1.0") and like 'g' with one,
     * except that it keeps at least one digit after the point and switches to the exponent
     * form one digit earlier.
     */
    @TruffleBoundary
    public static String format(double x, FormatSpec spec, String typeName) {
        int type = spec.type();
        switch (type) {
            case FormatSpec.NO_TYPE, 'e', 'E', 'f', 'F', 'g', 'G', 'n', '%' -> {
            }
            default -> throw FormatSpec.unknownType(type, typeName);
        }
        if (spec.precision() > Integer.MAX_VALUE) {
            throw PythonErrors.valueError("precision too big");
        }
        int flags = (spec.alternate() ? FloatToText.ALTERNATE : 0)
                | (spec.noNegativeZero() ? FloatToText.NO_NEGATIVE_ZERO : 0);
        char style;
        int precision = (int) spec.precision();
        boolean percent = false;
        switch (type) {
            case FormatSpec.NO_TYPE -> {
                flags |= FloatToText.ADD_DOT_0;
                style = spec.precision() == FormatSpec.UNSET ? 'r' : 'g';
            }
            case 'n' -> style = 'g';
            case '%' -> {
                style = 'f';
                x *= 100;
                percent = true;
            }
            default -> style = (char) type;
        }
        if (spec.precision() == FormatSpec.UNSET) {
            precision = type == FormatSpec.NO_TYPE ? 0 : 6;
        }

        String text = FloatToText.convert(x, style, precision, flags);
        boolean negative = text.startsWith("-");
        int digitsStart = negative ? 1 : 0;
        int digitsEnd = digitsStart;
        while (digitsEnd < text.length() && text.charAt(digitsEnd) >= '0' && text.charAt(digitsEnd) <= '9') {
            digitsEnd++;
        }
        String rest = text.substring(digitsEnd) + (percent ? "%" : "");
        // The 'n' type uses the locale's grouping, and the C locale has none.
        char separator = type == 'n' ? 0 : spec.grouping();
        return NumberLayout.layout(spec, IntFormatter.signCharacter(negative, spec.sign()), "",
                text.substring(digitsStart, digitsEnd), rest, separator, 3);
    }
}
