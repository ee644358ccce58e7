package skein.interpreter.runtime.text;

import skein.interpreter.runtime.StrOps;

/**
 * Converts between Python indices (code points) and Java offsets (UTF-16 units) in one string.
 * Text without surrogates, nearly all text, converts for free.
 */
final class CodePointPositions {

    private final String text;
    private final boolean simple;
    private final int length;

    private CodePointPositions(String text) {
        this.text = text;
        this.length = StrOps.length(text);
        this.simple = length == text.length();
    }

    static CodePointPositions of(String text) {
        return new CodePointPositions(text);
    }

    /** {@code len(text)} in Python. */
    int length() {
        return length;
    }

    /** The UTF-16 offset of the code point at {@code index} (0 <= index <= length). */
    int offset(long index) {
        return simple ? (int) index : text.offsetByCodePoints(0, (int) index);
    }

    /** The code point index of a UTF-16 offset that starts a code point. */
    long index(int offset) {
        return simple ? offset : text.codePointCount(0, offset);
    }

    /**
     * Whether {@code [from, to)} starts and ends on code point boundaries: a match found by a
     * UTF-16 search may begin or end inside a surrogate pair when the needle holds a lone surrogate.
     */
    boolean onBoundaries(int from, int to) {
        return simple || (!splitsPair(from) && !splitsPair(to));
    }

    private boolean splitsPair(int offset) {
        return offset > 0 && offset < text.length() && Character.isHighSurrogate(text.charAt(offset - 1))
                && Character.isLowSurrogate(text.charAt(offset));
    }
}
