package skein.interpreter.runtime.format;

import java.math.BigInteger;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import skein.interpreter.runtime.exception.PException;
import skein.interpreter.runtime.exception.PythonErrors;

/**
 * {@code int(str, base)}: surrounding whitespace, a sign, a 0x/0o/0b prefix where the base
 * allows it, single underscores between digits, any Unicode decimal digits.
 */
public final class IntParser {

    private IntParser() {
    }

    /**
     * Parses a Python int literal in a base from 2 to 36, or base 0 to take the base from the
     * prefix as a Python literal does (where "010" is invalid but "00" is zero).
     *
     * @param maxStrDigits the limit on digits for bases that are not powers of two
     *                     ({@code sys.get_int_max_str_digits()}, 0 for none)
     * @return a {@code Long} when the value fits, else a {@code BigInteger}
     */
    @TruffleBoundary
    public static Number parse(String text, int base, int maxStrDigits) {
        if ((base != 0 && base < 2) || base > 36) {
            throw PythonErrors.valueError("int() base must be >= 2 and <= 36, or 0");
        }
        String s = PythonCharacters.toAsciiNumber(text);
        int end = s.length();
        int pos = 0;
        while (pos < end && PythonCharacters.isAsciiSpace(s.charAt(pos))) {
            pos++;
        }
        boolean negative = false;
        if (pos < end && (s.charAt(pos) == '+' || s.charAt(pos) == '-')) {
            negative = s.charAt(pos) == '-';
            pos++;
        }
        int radix = base;
        boolean onlyZeroAllowed = false;
        if (radix == 0) {
            if (charAt(s, pos) != '0') {
                radix = 10;
            } else {
                radix = switch (Character.toLowerCase(charAt(s, pos + 1))) {
                    case 'x' -> 16;
                    case 'o' -> 8;
                    case 'b' -> 2;
                    default -> 10;
                };
                // "0..." with no prefix was an old-style octal literal: only zero is still valid.
                onlyZeroAllowed = radix == 10;
            }
        }
        if (charAt(s, pos) == '0' && hasPrefix(radix, Character.toLowerCase(charAt(s, pos + 1)))) {
            pos += 2;
            if (charAt(s, pos) == '_') {
                pos++;
            }
        }
        if (charAt(s, pos) == '_') {
            throw invalid(text, base);
        }

        StringBuilder digits = new StringBuilder(end - pos);
        char previous = 0;
        for (; pos < end && (digitValue(s.charAt(pos)) < radix || s.charAt(pos) == '_'); pos++) {
            char c = s.charAt(pos);
            if (c == '_') {
                if (previous == '_') {
                    throw invalid(text, base);
                }
            } else {
                digits.append(c);
            }
            previous = c;
        }
        if (previous == '_') {
            throw invalid(text, base);
        }
        if (maxStrDigits > 0 && Integer.bitCount(radix) != 1 && digits.length() > maxStrDigits) {
            throw PythonErrors.valueError("Exceeds the limit (" + maxStrDigits
                    + " digits) for integer string conversion: value has " + digits.length()
                    + " digits; use sys.set_int_max_str_digits() to increase the limit");
        }
        if (digits.isEmpty()) {
            throw invalid(text, base);
        }
        while (pos < end && PythonCharacters.isAsciiSpace(s.charAt(pos))) {
            pos++;
        }
        if (pos != end) {
            throw invalid(text, base);
        }
        BigInteger magnitude = new BigInteger(digits.toString(), radix);
        if (onlyZeroAllowed && magnitude.signum() != 0) {
            throw invalid(text, base);
        }
        BigInteger value = negative ? magnitude.negate() : magnitude;
        return value.bitLength() < 64 ? (Number) value.longValue() : value;
    }

    private static boolean hasPrefix(int radix, char letter) {
        return (radix == 16 && letter == 'x') || (radix == 8 && letter == 'o') || (radix == 2 && letter == 'b');
    }

    /** The character at an index, or 0 past the end (CPython reads the terminating NUL). */
    private static char charAt(String s, int index) {
        return index < s.length() ? s.charAt(index) : 0;
    }

    private static int digitValue(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'z') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'Z') {
            return c - 'A' + 10;
        }
        return 37;
    }

    private static PException invalid(String text, int base) {
        return PythonErrors.valueError("invalid literal for int() with base " + base + ": "
                + StringRepr.reprForMessage(text));
    }
}
