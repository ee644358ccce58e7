package skein.interpreter.runtime.text;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import java.util.Locale;

/**
 * Unicode case mapping as CPython applies it: full mappings (one character may become several,
 * 'ß'.upper() is 'SS'), a final capital sigma lowered to 'ς', and no locale rules. Built on
 * Java's tables, which may be of a newer Unicode version than CPython 3.11's 14.0.
 */
public final class CaseMapping {

    private static final int CAPITAL_SIGMA = 0x03A3;
    private static final int FINAL_SIGMA = 0x03C2;
    private static final int SMALL_SIGMA = 0x03C3;
    private static final int CAPITAL_I_WITH_DOT = 0x0130;

    /**
     * The characters whose full titlecase is neither their simple titlecase nor derived from
     * their full uppercase (SpecialCasing.txt): the title form keeps the iota subscript.
     */
    private static final int[] TITLE_EXCEPTIONS = {0x0149, 0x1FB2, 0x1FB4, 0x1FB7, 0x1FC2, 0x1FC4, 0x1FC7, 0x1FF2,
        0x1FF4, 0x1FF7};
    private static final String[] TITLE_EXCEPTION_TEXT = {"\u02BC\u004E", "\u1FBA\u0345", "\u0386\u0345",
        "\u0391\u0342\u0345", "\u1FCA\u0345", "\u0389\u0345", "\u0397\u0342\u0345", "\u1FFA\u0345", "\u038F\u0345",
        "\u03A9\u0342\u0345"};

    private CaseMapping() {
    }

    @TruffleBoundary
    public static String upper(String text) {
        return text.toUpperCase(Locale.ROOT);
    }

    @TruffleBoundary
    public static String lower(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            appendLower(out, text, i, c);
            i += Character.charCount(c);
        }
        return out.toString();
    }

    /** {@code casefold()}: lowercase of the uppercase, except where Unicode's case folding differs. */
    @TruffleBoundary
    public static String casefold(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (c < 0x80) {
                out.append((char) Character.toLowerCase(c));
            } else if (c >= 0x13F8 && c <= 0x13FD) {
                out.appendCodePoint(c - 8);
            } else if (c >= 0xAB70 && c <= 0xABBF) {
                out.appendCodePoint(c - 0xAB70 + 0x13A0);
            } else if ((c >= 0x13A0 && c <= 0x13F5) || c == 0x0131) {
                out.appendCodePoint(c);
            } else if (c == 0x1E9E) {
                out.append("ss");
            } else {
                String upper = fullUpper(c);
                upper.codePoints().forEach(u -> {
                    if (u == CAPITAL_I_WITH_DOT) {
                        out.append("i\u0307");
                    } else {
                        out.appendCodePoint(Character.toLowerCase(u));
                    }
                });
            }
        });
        return out.toString();
    }

    /** {@code swapcase()}: uppercase letters lowered, lowercase ones raised, others kept. */
    @TruffleBoundary
    public static String swapcase(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (Character.isUpperCase(c)) {
                appendLower(out, text, i, c);
            } else if (Character.isLowerCase(c)) {
                out.append(fullUpper(c));
            } else {
                out.appendCodePoint(c);
            }
            i += Character.charCount(c);
        }
        return out.toString();
    }

    /** {@code title()}: titlecase after an uncased character, lowercase after a cased one. */
    @TruffleBoundary
    public static String title(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean previousCased = false;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (previousCased) {
                appendLower(out, text, i, c);
            } else {
                out.append(fullTitle(c));
            }
            previousCased = isCased(c);
            i += Character.charCount(c);
        }
        return out.toString();
    }

    /** {@code capitalize()}: the first character in titlecase, the rest in lowercase. */
    @TruffleBoundary
    public static String capitalize(String text) {
        if (text.isEmpty()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int first = text.codePointAt(0);
        out.append(fullTitle(first));
        for (int i = Character.charCount(first); i < text.length(); ) {
            int c = text.codePointAt(i);
            appendLower(out, text, i, c);
            i += Character.charCount(c);
        }
        return out.toString();
    }

    /** Unicode's Cased property: uppercase, lowercase or titlecase. */
    private static boolean isCased(int c) {
        return Character.isUpperCase(c) || Character.isLowerCase(c) || Character.isTitleCase(c);
    }

    /**
     * Unicode's Case_Ignorable property: marks, format characters, modifier letters and symbols,
     * and the punctuation that may sit inside a word.
     */
    private static boolean isCaseIgnorable(int c) {
        switch (c) {
            case '\'', '.', ':', 0x00B7, 0x0387, 0x055F, 0x05F4, 0x2018, 0x2019, 0x2024, 0x2027, 0xFE13, 0xFE52,
                 0xFE55, 0xFF07, 0xFF0E, 0xFF1A -> {
                return true;
            }
            default -> {
                int type = Character.getType(c);
                return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                        || type == Character.FORMAT || type == Character.MODIFIER_LETTER
                        || type == Character.MODIFIER_SYMBOL;
            }
        }
    }

    /** The full lowercase of the code point at {@code offset}; a capital sigma looks at its context. */
    private static void appendLower(StringBuilder out, String text, int offset, int c) {
        if (c == CAPITAL_SIGMA) {
            out.appendCodePoint(isFinalSigma(text, offset) ? FINAL_SIGMA : SMALL_SIGMA);
        } else if (c == CAPITAL_I_WITH_DOT) {
            out.append("i\u0307");
        } else {
            out.appendCodePoint(Character.toLowerCase(c));
        }
    }

    /**
     * Unicode's Final_Sigma condition: a cased letter before the sigma and none after it,
     * skipping case-ignorable characters both ways.
     */
    private static boolean isFinalSigma(String text, int offset) {
        int i = offset;
        boolean casedBefore = false;
        while (i > 0) {
            int c = text.codePointBefore(i);
            i -= Character.charCount(c);
            if (!isCaseIgnorable(c)) {
                casedBefore = isCased(c);
                break;
            }
        }
        if (!casedBefore) {
            return false;
        }
        i = offset + 1;
        while (i < text.length()) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (!isCaseIgnorable(c)) {
                return !isCased(c);
            }
        }
        return true;
    }

    /** The full uppercase of one code point; only a few letters map to more than one. */
    private static String fullUpper(int c) {
        if (hasSpecialUpper(c)) {
            return Character.toString(c).toUpperCase(Locale.ROOT);
        }
        return Character.toString(Character.toUpperCase(c));
    }

    /** The ranges holding every character whose full uppercase differs from its simple one. */
    private static boolean hasSpecialUpper(int c) {
        return c == 0x00DF || c == 0x0149 || c == 0x01F0 || c == 0x0390 || c == 0x03B0 || c == 0x0587
                || (c >= 0x1E96 && c <= 0x1E9A) || (c >= 0x1F50 && c <= 0x1FFC) || (c >= 0xFB00 && c <= 0xFB17);
    }

    /**
     * The full titlecase of one code point. Letters with a titlecase of their own (the digraphs,
     * the Greek letters with iota subscript) use it; letters whose uppercase is several
     * characters take its first character and lower the rest ('ß' gives 'Ss', 'ﬁ' gives 'Fi').
     */
    private static String fullTitle(int c) {
        if (!hasSpecialUpper(c)) {
            return Character.toString(Character.toTitleCase(c));
        }
        int simpleTitle = Character.toTitleCase(c);
        if (simpleTitle != c || Character.isTitleCase(c)) {
            return Character.toString(simpleTitle);
        }
        for (int i = 0; i < TITLE_EXCEPTIONS.length; i++) {
            if (TITLE_EXCEPTIONS[i] == c) {
                return TITLE_EXCEPTION_TEXT[i];
            }
        }
        String upper = fullUpper(c);
        int first = upper.codePointAt(0);
        return Character.toString(first) + upper.substring(Character.charCount(first)).toLowerCase(Locale.ROOT);
    }
}
