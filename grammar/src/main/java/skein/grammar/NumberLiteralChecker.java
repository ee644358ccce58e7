package skein.grammar;

import java.util.function.IntUnaryOperator;

/**
 * Re-reads a numeric literal the way CPython's tokenizer does, to report its errors ("invalid
 * decimal literal", "invalid digit '8' in octal literal", leading zeros...) with CPython's
 * message and location. The lexer's NUMBER rule only matches well-formed literals, so a
 * malformed one shows up as a shorter NUMBER followed by other characters; reading on from the
 * literal's start finds what CPython would complain about.
 */
final class NumberLiteralChecker {

    /** An error; offsets are cursor positions relative to the literal's first character. */
    record Problem(String message, int offset, int endOffset) {}

    private static final int EOF = -1;

    private final IntUnaryOperator source;
    private int cursor;
    private Problem problem;

    private NumberLiteralChecker(IntUnaryOperator source) {
        this.source = source;
    }

    /**
     * Checks the literal whose characters {@code source} yields by index from its start (-1 past
     * the end of input); returns null when CPython accepts it.
     */
    static Problem check(IntUnaryOperator source) {
        NumberLiteralChecker checker = new NumberLiteralChecker(source);
        checker.literal();
        return checker.problem;
    }

    private int next() {
        return source.applyAsInt(cursor++);
    }

    private void backup() {
        cursor--;
    }

    private void fail(String message) {
        problem = new Problem(message, cursor, cursor);
    }

    private void literal() {
        int c = next();
        if (c == '.') {
            fraction(next());
        } else if (c == '0') {
            zeroPrefixed();
        } else {
            c = decimalTail();
            if (problem != null) {
                return;
            }
            if (c == '.') {
                fraction(next());
            } else {
                exponentOrEnd(c);
            }
        }
    }

    private void zeroPrefixed() {
        int c = next();
        switch (c) {
            case 'x', 'X' -> radix(16, "hexadecimal");
            case 'o', 'O' -> radix(8, "octal");
            case 'b', 'B' -> radix(2, "binary");
            default -> {
                while (true) {
                    if (c == '_') {
                        c = next();
                        if (!isDigit(c)) {
                            backup();
                            fail("invalid decimal literal");
                            return;
                        }
                    }
                    if (c != '0') {
                        break;
                    }
                    c = next();
                }
                int zerosEnd = cursor;
                boolean nonZero = false;
                if (isDigit(c)) {
                    nonZero = true;
                    c = decimalTail();
                    if (problem != null) {
                        return;
                    }
                }
                if (c == '.') {
                    fraction(next());
                } else if (c == 'e' || c == 'E' || c == 'j' || c == 'J') {
                    exponentOrEnd(c);
                } else if (nonZero) {
                    problem = new Problem("leading zeros in decimal integer literals are not permitted; "
                            + "use an 0o prefix for octal integers", 1, zerosEnd);
                } else {
                    endOfNumber(c, "decimal");
                }
            }
        }
    }

    private void radix(int base, String kind) {
        int c = next();
        do {
            if (c == '_') {
                c = next();
            }
            if (!isDigit(c, base)) {
                if (base != 16 && isDigit(c)) {
                    fail("invalid digit '" + (char) c + "' in " + kind + " literal");
                } else {
                    backup();
                    fail("invalid " + kind + " literal");
                }
                return;
            }
            do {
                c = next();
            } while (isDigit(c, base));
        } while (c == '_');
        if (base != 16 && isDigit(c)) {
            fail("invalid digit '" + (char) c + "' in " + kind + " literal");
            return;
        }
        endOfNumber(c, kind);
    }

    /** After the digits before a '.', or after the '.' itself; c is the character read last. */
    private void fraction(int c) {
        if (isDigit(c)) {
            c = decimalTail();
            if (problem != null) {
                return;
            }
        }
        exponentOrEnd(c);
    }

    private void exponentOrEnd(int c) {
        if (c == 'e' || c == 'E') {
            int e = c;
            c = next();
            if (c == '+' || c == '-') {
                c = next();
                if (!isDigit(c)) {
                    backup();
                    fail("invalid decimal literal");
                    return;
                }
            } else if (!isDigit(c)) {
                // "1else" is the number 1 and the keyword else; "1e" alone is an error.
                backup();
                endOfNumber(e, "decimal");
                return;
            }
            c = decimalTail();
            if (problem != null) {
                return;
            }
        }
        if (c == 'j' || c == 'J') {
            endOfNumber(next(), "imaginary");
        } else {
            endOfNumber(c, "decimal");
        }
    }

    /** Digits and single underscores between digits; returns the first character after them. */
    private int decimalTail() {
        int c;
        while (true) {
            do {
                c = next();
            } while (isDigit(c));
            if (c != '_') {
                return c;
            }
            c = next();
            if (!isDigit(c)) {
                backup();
                fail("invalid decimal literal");
                return c;
            }
        }
    }

    /**
     * A literal directly followed by a letter is an error, except before the keywords that can
     * follow a number in valid code ("1if x else y"), which CPython only warns about.
     */
    private void endOfNumber(int c, String kind) {
        boolean keywordFollows = switch (c) {
            case 'a' -> followedBy("nd");
            case 'e' -> followedBy("lse");
            case 'f' -> followedBy("or");
            case 'o' -> followedBy("r");
            case 'n' -> followedBy("ot");
            case 'i' -> {
                int c2 = source.applyAsInt(cursor);
                yield c2 == 'f' || c2 == 'n' || c2 == 's';
            }
            default -> false;
        };
        if (!keywordFollows && isPotentialIdentifierChar(c)) {
            backup();
            fail("invalid " + kind + " literal");
        }
    }

    private boolean followedBy(String rest) {
        for (int i = 0; i < rest.length(); i++) {
            if (source.applyAsInt(cursor + i) != rest.charAt(i)) {
                return false;
            }
        }
        return !isPotentialIdentifierChar(source.applyAsInt(cursor + rest.length()));
    }

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isDigit(int c, int base) {
        return switch (base) {
            case 2 -> c == '0' || c == '1';
            case 8 -> c >= '0' && c <= '7';
            default -> isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
        };
    }

    static boolean isPotentialIdentifierChar(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || isDigit(c) || c == '_' || c >= 128;
    }
}
