package skein.interpreter.runtime.codecs;

import java.util.Locale;

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

    private static final String CJK_PREFIX = "CJK UNIFIED IDEOGRAPH-";
    private static final String HANGUL_PREFIX = "HANGUL SYLLABLE ";

    private CharacterNames() {
    }

    /**
     * The code point a {@code \N{...}} name stands for, or -1. Names and their formal aliases
     * match in any case, except the derived CJK and Hangul ones, which must be written as
     * Unicode writes them.
     */
    public static int codePointOf(String name) {
        if (name.startsWith(CJK_PREFIX)) {
            String hex = name.substring(CJK_PREFIX.length());
            if (hex.length() < 4 || hex.length() > 5 || !hex.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
                return -1;
            }
            int c = Integer.parseInt(hex, 16);
            return name.equals(name(c)) ? c : -1;
        }
        if (name.startsWith(HANGUL_PREFIX)) {
            for (int c = HANGUL_BASE; c < HANGUL_BASE + HANGUL_COUNT; c++) {
                if (name.equals(name(c))) {
                    return c;
                }
            }
            return -1;
        }
        if (name.isEmpty() || name.strip().length() != name.length()) {
            return -1;
        }
        int c;
        try {
            c = Character.codePointOf(name);
        } catch (IllegalArgumentException e) {
            return -1;
        }
        return name.toUpperCase(Locale.ROOT).equals(javaFallbackName(c)) ? -1 : c;
    }

    /** The name Java makes up for a character Unicode leaves unnamed: its block and its number. */
    private static String javaFallbackName(int c) {
        Character.UnicodeBlock block = Character.UnicodeBlock.of(c);
        return block == null ? null
                : block.toString().replace('_', ' ') + " " + Integer.toHexString(c).toUpperCase(Locale.ROOT);
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
            return HANGUL_PREFIX + LEADING[index / 588] + VOWELS[index % 588 / 28] + TRAILING[index % 28];
        }
        Character.UnicodeBlock block = Character.UnicodeBlock.of(c);
        if (block != null && block.toString().startsWith("CJK_UNIFIED_IDEOGRAPHS") && Character.isIdeographic(c)) {
            return CJK_PREFIX + Integer.toHexString(c).toUpperCase(Locale.ROOT);
        }
        String name = Character.getName(c);
        return name == null || name.equals(javaFallbackName(c)) ? null : name;
    }
}
