package skein.interpreter.runtime.format;

import java.math.BigInteger;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import skein.interpreter.runtime.exception.PythonErrors;

/**
 * {@code format(int, spec)}: presentation types b c d o x X n and none, and e E f F g G % which
 * format the int converted to float.
 */
public final class IntFormatter {

    private IntFormatter() {
    }

    /**
     * Formats an int by a spec string. An empty spec is {@code str(value)}; callers holding an
     * int subclass (bool) call its {@code __str__} for that case instead.
     *
     * @param typeName the value's type name, for error messages
     * @param maxStrDigits the limit on decimal digits ({@code sys.get_int_max_str_digits()})
     */
    @TruffleBoundary
    public static String format(long value, String spec, String typeName, int maxStrDigits) {
        if (spec.isEmpty()) {
            return IntText.decimal(value);
        }
        return format(value, FormatSpec.parse(spec, 'd', '>', typeName), typeName, maxStrDigits);
    }

    @TruffleBoundary
    public static String format(BigInteger value, String spec, String typeName, int maxStrDigits) {
        if (spec.isEmpty()) {
            return IntText.decimal(value, maxStrDigits);
        }
        return format(value, FormatSpec.parse(spec, 'd', '>', typeName), typeName, maxStrDigits);
    }

    @TruffleBoundary
    public static String format(long value, FormatSpec spec, String typeName, int maxStrDigits) {
        return formatNumber(value, spec, typeName, maxStrDigits);
    }

    @TruffleBoundary
    public static String format(BigInteger value, FormatSpec spec, String typeName, int maxStrDigits) {
        return formatNumber(value, spec, typeName, maxStrDigits);
    }

    private static String formatNumber(Number value, FormatSpec spec, String typeName, int maxStrDigits) {
        int type = spec.type();
        switch (type) {
            case 'b', 'c', 'd', 'o', 'x', 'X', 'n' -> {
                return formatInteger(value, spec, maxStrDigits);
            }
            case 'e', 'E', 'f', 'F', 'g', 'G', '%' -> {
                double converted = value instanceof BigInteger big ? IntToFloat.convert(big) : value.longValue();
                return FloatFormatter.format(converted, spec, typeName);
            }
            default -> throw FormatSpec.unknownType(type, typeName);
        }
    }

    private static String formatInteger(Number value, FormatSpec spec, int maxStrDigits) {
        if (spec.precision() != FormatSpec.UNSET) {
            throw PythonErrors.valueError("Precision not allowed in integer format specifier");
        }
        if (spec.noNegativeZero()) {
            throw PythonErrors.valueError("Negative zero coercion (z) not allowed in integer format specifier");
        }
        if (spec.type() == 'c') {
            return formatCharacter(value, spec);
        }
        int radix = switch (spec.type()) {
            case 'b' -> 2;
            case 'o' -> 8;
            case 'x', 'X' -> 16;
            default -> 10;
        };
        String digits = IntText.magnitude(value, radix, maxStrDigits);
        String prefix = !spec.alternate() ? "" : switch (spec.type()) {
            case 'b' -> "0b";
            case 'o' -> "0o";
            case 'x' -> "0x";
            case 'X' -> "0X";
            default -> "";
        };
        if (spec.type() == 'X') {
            digits = digits.toUpperCase();
        }
        // The 'n' type uses the locale's grouping, and the C locale has none.
        char separator = spec.type() == 'n' ? 0 : spec.grouping();
        int groupSize = separator == '_' && radix != 10 ? 4 : 3;
        char sign = signCharacter(IntText.signum(value) < 0, spec.sign());
        return NumberLayout.layout(spec, sign, prefix, digits, "", separator, groupSize);
    }

    private static String formatCharacter(Number value, FormatSpec spec) {
        if (spec.sign() != 0) {
            throw PythonErrors.valueError("Sign not allowed with integer format specifier 'c'");
        }
        if (spec.alternate()) {
            throw PythonErrors.valueError("Alternate form (#) not allowed with integer format specifier 'c'");
        }
        if (value instanceof BigInteger big && big.bitLength() > 63) {
            throw PythonErrors.overflowError("Python int too large to convert to C long");
        }
        long codePoint = value.longValue();
        if (codePoint < 0 || codePoint > Character.MAX_CODE_POINT) {
            throw PythonErrors.overflowError("%c arg not in range(0x110000)");
        }
        return NumberLayout.layout(spec, (char) 0, "", "", Character.toString((int) codePoint), (char) 0, 3);
    }

    /** The sign shown: '-' for negatives; '+' or ' ' for others when the spec asks. */
    static char signCharacter(boolean negative, char specSign) {
        if (negative) {
            return '-';
        }
        return specSign == '+' || specSign == ' ' ? specSign : 0;
    }
}
