package skein.interpreter.runtime.text;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import java.util.function.IntPredicate;

import skein.interpreter.runtime.format.PythonCharacters;

/**
 * The {@code is...()} methods of str and bytes. For str the classes are Unicode's; for bytes
 * they are ASCII's, so a byte 0xE9 is no letter although 'é' is one.
 */
public final class TextPredicates {

    private TextPredicates() {
    }

    @TruffleBoundary
    public static boolean isAlpha(String text, TextKind kind) {
        return all(text, kind == TextKind.STR ? CharacterClasses::isAlpha : TextPredicates::isAsciiLetter);
    }

    @TruffleBoundary
    public static boolean isAlnum(String text, TextKind kind) {
        return all(text, kind == TextKind.STR ? CharacterClasses::isAlnum
                : c -> isAsciiLetter(c) || isAsciiDigit(c));
    }

    @TruffleBoundary
    public static boolean isDigit(String text, TextKind kind) {
        return all(text, kind == TextKind.STR ? CharacterClasses::isDigit : TextPredicates::isAsciiDigit);
    }

    @TruffleBoundary
    public static boolean isDecimal(String text) {
        return all(text, CharacterClasses::isDecimal);
    }

    @TruffleBoundary
    public static boolean isNumeric(String text) {
        return all(text, CharacterClasses::isNumeric);
    }

    @TruffleBoundary
    public static boolean isSpace(String text, TextKind kind) {
        return all(text, kind::isSpace);
    }

    /** Every character printable; true for the empty string. */
    @TruffleBoundary
    public static boolean isPrintable(String text) {
        return text.codePoints().allMatch(PythonCharacters::isPrintable);
    }

    /** Every character below 128; true for the empty string. */
    @TruffleBoundary
    public static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    @TruffleBoundary
    public static boolean isIdentifier(String text) {
        if (text.isEmpty() || !CharacterClasses.isIdentifierStart(text.codePointAt(0))) {
            return false;
        }
        return text.codePoints().skip(1).allMatch(CharacterClasses::isIdentifierPart);
    }

    /** At least one cased character, and no uppercase or titlecase one. */
    @TruffleBoundary
    public static boolean isLower(String text, TextKind kind) {
        boolean cased = false;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (isUpper(c, kind) || isTitle(c, kind)) {
                return false;
            }
            cased |= isLower(c, kind);
        }
        return cased;
    }

    /** At least one cased character, and no lowercase or titlecase one. */
    @TruffleBoundary
    public static boolean isUpper(String text, TextKind kind) {
        boolean cased = false;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (isLower(c, kind) || isTitle(c, kind)) {
                return false;
            }
            cased |= isUpper(c, kind);
        }
        return cased;
    }

    /**
     * Uppercase and titlecase characters only after uncased ones, lowercase ones only after
     * cased ones, and at least one cased character.
     */
    @TruffleBoundary
    public static boolean isTitle(String text, TextKind kind) {
        boolean cased = false;
        boolean previousCased = false;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (isUpper(c, kind) || isTitle(c, kind)) {
                if (previousCased) {
                    return false;
                }
                previousCased = true;
                cased = true;
            } else if (isLower(c, kind)) {
                if (!previousCased) {
                    return false;
                }
                previousCased = true;
                cased = true;
            } else {
                previousCased = false;
            }
        }
        return cased;
    }

    private static boolean isUpper(int c, TextKind kind) {
        return kind == TextKind.STR ? Character.isUpperCase(c) : c >= 'A' && c <= 'Z';
    }

    private static boolean isLower(int c, TextKind kind) {
        return kind == TextKind.STR ? Character.isLowerCase(c) : c >= 'a' && c <= 'z';
    }

    private static boolean isTitle(int c, TextKind kind) {
        return kind == TextKind.STR && Character.isTitleCase(c);
    }

    /** Non-empty, and every code point satisfies the test. */
    private static boolean all(String text, IntPredicate test) {
        return !text.isEmpty() && text.codePoints().allMatch(test);
    }

    private static boolean isAsciiLetter(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isAsciiDigit(int c) {
        return c >= '0' && c <= '9';
    }
}
