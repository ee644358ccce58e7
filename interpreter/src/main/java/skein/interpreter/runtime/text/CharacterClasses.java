package skein.interpreter.runtime.text;

import java.util.Arrays;

import skein.interpreter.runtime.format.PythonCharacters;

/**
 * The Unicode character classes behind {@code str.isalpha()}, {@code isdigit()},
 * {@code isnumeric()} and friends. Java's tables give the general categories; the two numeric
 * properties Java lacks (Numeric_Type=Digit outside category Nd, and the CJK ideographs with a
 * numeric value) are listed here as Unicode 14.0 defines them.
 */
public final class CharacterClasses {

    /** Inclusive ranges of the digits that are not decimal digits: superscripts, circled digits... */
    private static final int[] DIGIT_RANGES = {
        0x00B2, 0x00B3, 0x00B9, 0x00B9, 0x1369, 0x1371, 0x19DA, 0x19DA, 0x2070, 0x2070, 0x2074, 0x2079,
        0x2080, 0x2089, 0x2460, 0x2468, 0x2474, 0x247C, 0x2488, 0x2490, 0x24EA, 0x24EA, 0x24F5, 0x24FD,
        0x24FF, 0x24FF, 0x2776, 0x277E, 0x2780, 0x2788, 0x278A, 0x2792, 0x10A40, 0x10A43, 0x10E60, 0x10E68,
        0x11052, 0x1105A, 0x1F100, 0x1F10A,
    };

    /** The ideographs (category Lo) that have a numeric value, such as 一 and 万. */
    private static final int[] NUMERIC_IDEOGRAPHS = {
        0x3405, 0x3483, 0x382A, 0x3B4D, 0x4E00, 0x4E03, 0x4E07, 0x4E09, 0x4E5D, 0x4E8C, 0x4E94, 0x4E96, 0x4EBF,
        0x4EC0, 0x4EDF, 0x4EE8, 0x4F0D, 0x4F70, 0x5104, 0x5146, 0x5169, 0x516B, 0x516D, 0x5341, 0x5343, 0x5344,
        0x5345, 0x534C, 0x53C1, 0x53C2, 0x53C3, 0x53C4, 0x56DB, 0x58F1, 0x58F9, 0x5E7A, 0x5EFE, 0x5EFF, 0x5F0C,
        0x5F0D, 0x5F0E, 0x5F10, 0x62FE, 0x634C, 0x67D2, 0x6F06, 0x7396, 0x767E, 0x8086, 0x842C, 0x8CAE, 0x8CB3,
        0x8D30, 0x9621, 0x9646, 0x964C, 0x9678, 0x96F6, 0xF96B, 0xF973, 0xF978, 0xF9B2, 0xF9D1, 0xF9D3, 0xF9FD,
        0x20001, 0x20064, 0x200E2, 0x20121, 0x2092A, 0x20983, 0x2098C, 0x2099C, 0x20AEA, 0x20AFD, 0x20B19,
        0x22390, 0x22998, 0x23B1B, 0x2626D, 0x2F890,
    };

    private CharacterClasses() {
    }

    /** Letters: categories Lu, Ll, Lt, Lm and Lo. */
    public static boolean isAlpha(int c) {
        return c < 0x80 ? (c | 0x20) >= 'a' && (c | 0x20) <= 'z' : Character.isLetter(c);
    }

    /** Decimal digits: category Nd. */
    public static boolean isDecimal(int c) {
        return PythonCharacters.decimalValue(c) >= 0;
    }

    /** Characters with a digit value: the decimal digits and the digits in other forms. */
    public static boolean isDigit(int c) {
        if (isDecimal(c)) {
            return true;
        }
        for (int i = 0; i < DIGIT_RANGES.length && DIGIT_RANGES[i] <= c; i += 2) {
            if (c <= DIGIT_RANGES[i + 1]) {
                return true;
            }
        }
        return false;
    }

    /** Characters with a numeric value: categories Nd, Nl and No, and the numeric ideographs. */
    public static boolean isNumeric(int c) {
        return switch (Character.getType(c)) {
            case Character.DECIMAL_DIGIT_NUMBER, Character.LETTER_NUMBER, Character.OTHER_NUMBER -> true;
            case Character.OTHER_LETTER -> Arrays.binarySearch(NUMERIC_IDEOGRAPHS, c) >= 0;
            default -> false;
        };
    }

    public static boolean isAlnum(int c) {
        return isAlpha(c) || isNumeric(c);
    }

    /**
     * A character that may start an identifier: '_' or one with Unicode's XID_Start, which is
     * Java's ID_Start less the characters whose NFKC form could not start one.
     */
    public static boolean isIdentifierStart(int c) {
        return c == '_' || (Character.isUnicodeIdentifierStart(c) && !notXidContinue(c) && !notXidStart(c));
    }

    /** A character that may continue an identifier: Unicode's XID_Continue. */
    public static boolean isIdentifierPart(int c) {
        return Character.isUnicodeIdentifierPart(c) && !Character.isIdentifierIgnorable(c) && !notXidContinue(c);
    }

    /** ID_Start characters that XID_Start leaves out although XID_Continue keeps them. */
    private static boolean notXidStart(int c) {
        return c == 0x0E33 || c == 0x0EB3 || c == 0xFF9E || c == 0xFF9F;
    }

    /**
     * ID_Continue characters that XID_Continue leaves out (their NFKC forms are no identifier
     * parts), and U+2E2F, a pattern-syntax character that Java's identifier test admits.
     */
    private static boolean notXidContinue(int c) {
        return c == 0x037A || c == 0x2E2F || c == 0x309B || c == 0x309C || (c >= 0xFC5E && c <= 0xFC63)
                || c == 0xFDFA || c == 0xFDFB || (c >= 0xFE70 && c <= 0xFE7E && c % 2 == 0);
    }
}
