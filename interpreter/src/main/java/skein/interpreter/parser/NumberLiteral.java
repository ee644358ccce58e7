package skein.interpreter.parser;

import java.math.BigInteger;

import skein.interpreter.ast.Expr;

/** The value of a NUMBER token: a Long, a BigInteger, a Double or an {@link Expr.Imaginary}. */
final class NumberLiteral {

    /** CPython 3.11 refuses decimal integer literals longer than this (sys.get_int_max_str_digits()). */
    static final int MAX_DECIMAL_DIGITS = 4300;

    /** A decimal literal over the digit limit; carries CPython's message. */
    static final class TooManyDigits extends Exception {
        TooManyDigits(int digits) {
            super("Exceeds the limit (" + MAX_DECIMAL_DIGITS + " digits) for integer string conversion: value has "
                    + digits + " digits; use sys.set_int_max_str_digits() to increase the limit - Consider "
                    + "hexadecimal for huge integer literals to avoid decimal conversion limits.", null, false, false);
        }
    }

    private NumberLiteral() {
    }

    static Object valueOf(String token) throws TooManyDigits {
        String text = token.indexOf('_') >= 0 ? token.replace("_", "") : token;
        char last = text.charAt(text.length() - 1);
        if (last == 'j' || last == 'J') {
            return new Expr.Imaginary(Double.parseDouble(text.substring(0, text.length() - 1)));
        }
        if (text.length() > 1 && text.charAt(0) == '0') {
            switch (text.charAt(1)) {
                case 'x', 'X' -> {
                    return integer(new BigInteger(text.substring(2), 16));
                }
                case 'o', 'O' -> {
                    return integer(new BigInteger(text.substring(2), 8));
                }
                case 'b', 'B' -> {
                    return integer(new BigInteger(text.substring(2), 2));
                }
                default -> { }
            }
        }
        if (text.indexOf('.') >= 0 || text.indexOf('e') >= 0 || text.indexOf('E') >= 0) {
            return Double.parseDouble(text);
        }
        if (text.length() <= 18) {
            return Long.parseLong(text);
        }
        int digits = text.length() - leadingZeros(text);
        if (digits > MAX_DECIMAL_DIGITS) {
            throw new TooManyDigits(digits);
        }
        return integer(new BigInteger(text));
    }

    private static int leadingZeros(String text) {
        int i = 0;
        while (i < text.length() - 1 && text.charAt(i) == '0') {
            i++;
        }
        return i;
    }

    private static Object integer(BigInteger value) {
        return value.bitLength() < 64 ? (Object) value.longValue() : value;
    }
}
