package skein.interpreter.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * Python {@code str} semantics over Java strings: Python counts code points where Java counts
 * UTF-16 units, so lengths, indices and ordering go through here. Strings without surrogates
 * (nearly all) take the direct path.
 */
public final class StrOps {

    private StrOps() {
    }

    @TruffleBoundary
    public static boolean hasSurrogates(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isSurrogate(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** {@code len(s)}. */
    @TruffleBoundary
    public static int length(String s) {
        return s.codePointCount(0, s.length());
    }

    /** The UTF-16 offset of code point {@code index} (0 <= index <= length). */
    @TruffleBoundary
    public static int offsetOf(String s, int index) {
        return s.offsetByCodePoints(0, index);
    }

    /** {@code s[index]} for 0 <= index < length. */
    @TruffleBoundary
    public static String charAt(String s, int index) {
        if (s.length() == s.codePointCount(0, s.length())) {
            return String.valueOf(s.charAt(index));
        }
        int offset = s.offsetByCodePoints(0, index);
        return new String(Character.toChars(s.codePointAt(offset)));
    }

    /** {@code s[start:stop]} for code point bounds already clamped to [0, length]. */
    @TruffleBoundary
    public static String substring(String s, int start, int stop) {
        if (stop <= start) {
            return "";
        }
        if (!hasSurrogates(s)) {
            return s.substring(start, stop);
        }
        int from = s.offsetByCodePoints(0, start);
        int to = s.offsetByCodePoints(from, stop - start);
        return s.substring(from, to);
    }

    /** The code points of {@code s}. */
    @TruffleBoundary
    public static int[] codePoints(String s) {
        return s.codePoints().toArray();
    }

    /** Ordering by code point, as Python orders strings. */
    @TruffleBoundary
    public static int compare(String a, String b) {
        int n = Math.min(a.length(), b.length());
        for (int i = 0; i < n; i++) {
            char x = a.charAt(i);
            char y = b.charAt(i);
            if (x != y) {
                if (Character.isSurrogate(x) || Character.isSurrogate(y)) {
                    return Integer.compare(a.codePointAt(i), b.codePointAt(i));
                }
                return Character.compare(x, y);
            }
        }
        return Integer.compare(a.length(), b.length());
    }

    public static String fromCodePoint(int codePoint) {
        return new String(Character.toChars(codePoint));
    }
}
