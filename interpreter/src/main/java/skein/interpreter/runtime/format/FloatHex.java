package skein.interpreter.runtime.format;

import skein.interpreter.runtime.exception.PythonErrors;

import java.util.Locale;

/**
 * {@code float.hex()} and {@code float.fromhex()}: a float as an exact hexadecimal significand
 * and a binary exponent, {@code 0x1.8000000000000p+1} for 3.0.
 */
public final class FloatHex {

    private static final int SIGNIFICAND_BITS = 52;
    private static final long SIGNIFICAND_MASK = (1L << SIGNIFICAND_BITS) - 1;
    /** Past this a binary exponent only decides between zero and overflow; keeps the text short. */
    private static final long EXPONENT_CLAMP = 100_000;

    private FloatHex() {
    }

    /** CPython's layout: always 13 hex digits, the leading digit 0 only for subnormals. */
    public static String toHex(double value) {
        if (Double.isNaN(value)) {
            return "nan";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "inf" : "-inf";
        }
        long bits = Double.doubleToRawLongBits(value);
        String sign = bits < 0 ? "-" : "";
        if (value == 0) {
            return sign + "0x0.0p+0";
        }
        int biasedExponent = (int) ((bits >>> SIGNIFICAND_BITS) & 0x7ff);
        long significand = bits & SIGNIFICAND_MASK;
        boolean subnormal = biasedExponent == 0;
        int exponent = subnormal ? -1022 : biasedExponent - 1023;
        return String.format(Locale.ROOT, "%s0x%d.%013xp%+d", sign, subnormal ? 0 : 1, significand, exponent);
    }

    /**
     * Parses {@code [sign] ['0x'] hexdigits ['.' hexdigits] ['p' [sign] digits]} (or inf/nan),
     * surrounded by optional whitespace, rounding half to even as CPython does.
     */
    public static double fromHex(String text) {
        String s = text.strip();
        boolean negative = s.startsWith("-");
        if (negative || s.startsWith("+")) {
            s = s.substring(1);
        }
        String lower = s.toLowerCase(Locale.ROOT);
        if (lower.equals("inf") || lower.equals("infinity")) {
            return negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        if (lower.equals("nan")) {
            return Double.NaN;
        }
        if (lower.startsWith("0x")) {
            lower = lower.substring(2);
        }
        int p = lower.indexOf('p');
        String digits = p < 0 ? lower : lower.substring(0, p);
        long exponent = p < 0 ? 0 : parseExponent(lower.substring(p + 1));
        if (!validSignificand(digits)) {
            throw invalid();
        }
        // Java parses hexadecimal floating-point literals with correct rounding once they have
        // the 0x prefix and the binary exponent it requires.
        double magnitude = Double.parseDouble("0x" + (digits.startsWith(".") ? "0" : "") + digits + "p" + exponent);
        if (Double.isInfinite(magnitude)) {
            throw PythonErrors.overflowError("hexadecimal value too large to represent as a float");
        }
        return negative ? -magnitude : magnitude;
    }

    private static boolean validSignificand(String digits) {
        int hexDigits = 0;
        boolean point = false;
        for (int i = 0; i < digits.length(); i++) {
            char c = digits.charAt(i);
            if (c == '.' && !point) {
                point = true;
            } else if (Character.digit(c, 16) >= 0 && c < 128) {
                hexDigits++;
            } else {
                return false;
            }
        }
        return hexDigits > 0;
    }

    private static long parseExponent(String text) {
        int start = text.startsWith("+") || text.startsWith("-") ? 1 : 0;
        if (start == text.length()) {
            throw invalid();
        }
        long value = 0;
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                throw invalid();
            }
            value = Math.min(value * 10 + (c - '0'), EXPONENT_CLAMP);
        }
        return text.charAt(0) == '-' ? -value : value;
    }

    private static RuntimeException invalid() {
        return PythonErrors.valueError("invalid hexadecimal floating-point string");
    }
}
