package skein.interpreter.runtime.format;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import skein.interpreter.runtime.exception.PException;
import skein.interpreter.runtime.exception.PythonErrors;

/**
 * {@code float(str)}: surrounding whitespace, a sign, decimal digits with an optional point
 * and exponent, single underscores between digits, any Unicode decimal digits, and "inf",
 * "infinity", "nan" in any case. Hexadecimal floats are not accepted.
 */
public final class FloatParser {

    /** CPython keeps the sign of "-nan" (visible through math.copysign). */
    private static final double NEGATIVE_NAN = Double.longBitsToDouble(0xfff8000000000000L);

    private FloatParser() {
    }

    @TruffleBoundary
    public static double parse(String text) {
        String s = PythonCharacters.toAsciiNumber(text);
        int start = 0;
        int end = s.length();
        while (start < end && PythonCharacters.isAsciiSpace(s.charAt(start))) {
            start++;
        }
        while (end - 1 > start && PythonCharacters.isAsciiSpace(s.charAt(end - 1))) {
            end--;
        }
        return parseNumber(withoutUnderscores(s.substring(start, end), text), text);
    }

    /** Underscores are allowed only between two digits. */
    private static String withoutUnderscores(String s, String original) {
        if (s.indexOf('_') < 0) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '_') {
                if (i == 0 || !isDigit(s.charAt(i - 1)) || i + 1 == s.length() || !isDigit(s.charAt(i + 1))) {
                    throw invalid(original);
                }
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** A float literal without underscores; ValueError naming the original text when it is not one. */
    private static double parseNumber(String s, String original) {
        int pos = 0;
        boolean negative = false;
        if (pos < s.length() && (s.charAt(pos) == '+' || s.charAt(pos) == '-')) {
            negative = s.charAt(pos) == '-';
            pos++;
        }
        String word = s.substring(pos).toLowerCase();
        if (word.equals("inf") || word.equals("infinity")) {
            return negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        if (word.equals("nan")) {
            return negative ? NEGATIVE_NAN : Double.NaN;
        }
        int mantissaDigits = 0;
        while (pos < s.length() && isDigit(s.charAt(pos))) {
            pos++;
            mantissaDigits++;
        }
        if (pos < s.length() && s.charAt(pos) == '.') {
            pos++;
            while (pos < s.length() && isDigit(s.charAt(pos))) {
                pos++;
                mantissaDigits++;
            }
        }
        if (mantissaDigits == 0) {
            throw invalid(original);
        }
        if (pos < s.length() && (s.charAt(pos) == 'e' || s.charAt(pos) == 'E')) {
            pos++;
            if (pos < s.length() && (s.charAt(pos) == '+' || s.charAt(pos) == '-')) {
                pos++;
            }
            int exponentStart = pos;
            while (pos < s.length() && isDigit(s.charAt(pos))) {
                pos++;
            }
            if (pos == exponentStart) {
                throw invalid(original);
            }
        }
        if (pos != s.length()) {
            throw invalid(original);
        }
        return Double.parseDouble(s);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static PException invalid(String text) {
        return PythonErrors.valueError("could not convert string to float: " + StringRepr.repr(text));
    }
}
