package skein.interpreter.runtime.codecs;

/**
 * Unicode character names, as {@code \N{...}} escapes use them: Java's names, and the names
 * Unicode derives by rule for CJK ideographs and Hangul syllables, which Java leaves out.
 */
public final class CharacterNames {

    private static final int HANGUL_BASE = 0xAC00;
    private static final int HANGUL_COUNT = 11172;
    private static final String[] LEADING = {"G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J", "JJ",
        "C", "K", "T", "P", "H"};
    private static final String[] VOWELS = {"A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE", "YO",
        "U", "WEO", "WE", "WI", "YU", "EU", "YI", "I"};
    private static final String[] TRAILING = {"", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS",
        "LT", "LP", "LH", "M", "B", "BS", "S", "SS", "NG", "J", "C", "K", "T", "P", "H"};

    private CharacterNames() {
    }

    /** The name of a code point, or null when it has none (controls, private use, unassigned...). */
    public static String name(int c) {
        switch (Character.getType(c)) {
            case Character.CONTROL, Character.PRIVATE_USE, Character.SURROGATE, Character.UNASSIGNED -> {
                return null;
            }
            default -> {
            }
        }
        if (c >= HANGUL_BASE && c < HANGUL_BASE + HANGUL_COUNT) {
            int index = c - HANGUL_BASE;
            return "HANGUL SYLLABLE " + LEADING[index / 588] + VOWELS[index % 588 / 28] + TRAILING[index % 28];
        }
        Character.UnicodeBlock block = Character.UnicodeBlock.of(c);
        if (block != null && block.toString().startsWith("CJK_UNIFIED_IDEOGRAPHS") && Character.isIdeographic(c)) {
            return "CJK UNIFIED IDEOGRAPH-" + Integer.toHexString(c).toUpperCase();
        }
        String name = Character.getName(c);
        // Java names a character Unicode leaves unnamed after its block; such names are no names.
        if (name == null || block == null
                || name.equals(block.toString().replace('_', ' ') + " " + Integer.toHexString(c).toUpperCase())) {
            return null;
        }
        return name;
    }
}
